package dev.paycrypto.crypto.keyblock;

import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text form of a key block header (X9.143 §6.2, §6.3): the sixteen fixed characters, then the optional blocks,
 * each an id, a length in hex and a value, with the extended length form for long values and the padding block
 * {@code PB} that aligns the header to the cipher block. TR-31 blocks carry it so; TR-34 tokens carry it without
 * padding or extended lengths, its length field unused ({@link #tr34Text}, {@link #parseTr34}).
 */
final class Tr31HeaderCodec {

    /** The fixed part: version, length, usage, algorithm, mode of use, key version, exportability, count, 00. */
    static final int FIXED_HEADER = 16;
    /** The header's key block length field means nothing in TR-34 ("ignored in tr-34"); AWS's samples write 9999. */
    private static final String TR34_IGNORED_LENGTH = "9999";

    private Tr31HeaderCodec() {
    }

    /** The fixed part of {@code header}, its length field being {@code lengthField} (four characters). */
    static String fixedHeader(Tr31Header header, String lengthField, int blockCount) {
        return "" + header.version() + lengthField + header.keyUsage() + header.algorithm() + header.modeOfUse()
                + header.keyVersion() + header.exportability() + String.format("%02d", blockCount) + "00";
    }

    /** The header read from its fixed part in {@code text} and its optional {@code blocks}. */
    static Tr31Header header(String text, List<Tr31OptionalBlock> blocks) {
        return new Tr31Header(text.charAt(0), text.substring(5, 7), text.charAt(7), text.charAt(8),
                text.substring(9, 11), text.charAt(11), blocks);
    }

    /** {@code blocks} with a padding block added when the header would not end on a cipher block boundary. */
    static List<Tr31OptionalBlock> withPadding(List<Tr31OptionalBlock> blocks, int blockSize) {
        int length = FIXED_HEADER + encodeOptionalBlocks(blocks).length();
        if (length % blockSize == 0) {
            return blocks;
        }
        int padding = (blockSize - (length + 4) % blockSize) % blockSize;
        List<Tr31OptionalBlock> padded = new ArrayList<>(blocks);
        padded.add(new Tr31OptionalBlock("PB", "0".repeat(padding)));
        return padded;
    }

    static String encodeOptionalBlocks(List<Tr31OptionalBlock> blocks) {
        StringBuilder out = new StringBuilder();
        for (Tr31OptionalBlock block : blocks) {
            int length = 4 + block.value().length();
            if (length <= 0xFF) {
                out.append(block.id()).append(String.format("%02X", length)).append(block.value());
            } else {
                // extended length (X9.143 §6.3.6): "00", the length of the length ("04"), then the length
                out.append(block.id()).append("0004").append(String.format("%04X", length + 6))
                        .append(block.value());
            }
        }
        return out.toString();
    }

    /** Reads the optional block at {@code position} into {@code blocks}; returns where the next one starts. */
    static int decodeOptionalBlock(String keyBlock, int position, List<Tr31OptionalBlock> blocks) {
        if (position + 4 > keyBlock.length()) {
            throw new InvalidInputException("An optional block runs past the end of the key block");
        }
        String id = keyBlock.substring(position, position + 2);
        int length = parseHex(keyBlock.substring(position + 2, position + 4));
        int valueStart = position + 4;
        if (length == 0) {
            if (position + 6 > keyBlock.length()) {
                throw new InvalidInputException("An optional block runs past the end of the key block");
            }
            int lengthOfLength = parseHex(keyBlock.substring(position + 4, position + 6));
            if (lengthOfLength == 0 || position + 6 + lengthOfLength > keyBlock.length()) {
                throw new InvalidInputException("An optional block has a malformed extended length");
            }
            length = parseHex(keyBlock.substring(position + 6, position + 6 + lengthOfLength));
            valueStart = position + 6 + lengthOfLength;
        }
        int end = position + length;
        if (end < valueStart || end > keyBlock.length()) {
            throw new InvalidInputException("An optional block has a malformed length");
        }
        blocks.add(new Tr31OptionalBlock(id, keyBlock.substring(valueStart, end)));
        return end;
    }

    static int parseDecimal(String text, String field) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                throw new InvalidInputException("The key block's " + field + " is not decimal");
            }
        }
        return Integer.parseInt(text);
    }

    private static int parseHex(String text) {
        if (!Hex.isHex(text)) {
            throw new InvalidInputException("An optional block length is not hexadecimal");
        }
        return Integer.parseInt(text, 16);
    }

    /**
     * The header as TR-34 carries it: a TR-31 header (X9.143 §6.2) whose length field is not used, then the
     * optional blocks, without padding (nothing is encrypted under it).
     */
    static String tr34Text(Tr31Header header) {
        StringBuilder blocks = new StringBuilder();
        for (Tr31OptionalBlock block : header.optionalBlocks()) {
            int length = 4 + block.value().length();
            if (length > 0xFF) {
                throw new InvalidInputException("A TR-34 header's optional block has at most 251 characters");
            }
            blocks.append(block.id()).append(String.format("%02X", length)).append(block.value());
        }
        if (header.optionalBlocks().size() > 99) {
            throw new InvalidInputException("A key block header has at most 99 optional blocks");
        }
        return fixedHeader(header, TR34_IGNORED_LENGTH, header.optionalBlocks().size()) + blocks;
    }

    /** The header of a TR-34 token, which must be exactly the fixed part and its optional blocks. */
    static Tr31Header parseTr34(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0x20 || b > 0x7E) {
                throw new InvalidInputException("The TR-34 key block header is not printable ASCII");
            }
        }
        String text = new String(bytes, StandardCharsets.US_ASCII);
        if (text.length() < FIXED_HEADER) {
            throw new InvalidInputException("The TR-34 key block header is shorter than 16 characters");
        }
        parseTr34Number(text.substring(1, 5), 10);
        int count = parseTr34Number(text.substring(12, 14), 10);
        List<Tr31OptionalBlock> blocks = new ArrayList<>();
        int position = FIXED_HEADER;
        for (int i = 0; i < count; i++) {
            int length = position + 4 <= text.length()
                    ? parseTr34Number(text.substring(position + 2, position + 4), 16) : -1;
            if (length < 4 || position + length > text.length()) {
                throw new InvalidInputException("A TR-34 header's optional block has a bad length");
            }
            blocks.add(new Tr31OptionalBlock(text.substring(position, position + 2),
                    text.substring(position + 4, position + length)));
            position += length;
        }
        if (position != text.length()) {
            throw new InvalidInputException("The TR-34 key block header has characters after its optional blocks");
        }
        return header(text, blocks);
    }

    private static int parseTr34Number(String digits, int radix) {
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), radix) < 0) {
                throw new InvalidInputException("The TR-34 key block header has a malformed number field");
            }
        }
        return Integer.parseInt(digits, radix);
    }
}
