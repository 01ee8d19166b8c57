package dev.paycrypto.crypto.pin;

import dev.paycrypto.crypto.BlockCiphers;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * ISO 9564-1 PIN blocks. A PIN is a {@link SecretBytes} of ASCII digits (4 to 12). Formats 0 and 3 XOR the PIN
 * field with the PAN field (0000 and the rightmost twelve PAN digits without the check digit); format 1 carries no
 * PAN; format 4 (AES) enciphers the PIN field, XORs the PAN field, and enciphers again (ISO 9564-1:2017 §9.4.2).
 * Decoding checks every field and reports a bad block, never the PIN.
 */
public final class PinBlocks {

    private PinBlocks() {
    }

    /** A clear ISO format 0, 1 or 3 block (8 bytes). */
    public static byte[] encode(PinBlockFormat format, SecretBytes pin, String pan, SecureRandom random) {
        if (format == PinBlockFormat.ISO_FORMAT_4) {
            throw new InvalidInputException("ISO format 4 blocks are enciphered with an AES key; use encipherIso4");
        }
        char[] digits = pinDigits(pin);
        char[] field = new char[16];
        field[0] = Character.forDigit(format.control(), 16);
        field[1] = Character.toUpperCase(Character.forDigit(digits.length, 16));
        System.arraycopy(digits, 0, field, 2, digits.length);
        for (int i = 2 + digits.length; i < 16; i++) {
            field[i] = switch (format) {
                case ISO_FORMAT_0 -> 'F';
                case ISO_FORMAT_1 -> Character.toUpperCase(Character.forDigit(random.nextInt(16), 16));
                default -> (char) ('A' + random.nextInt(6));
            };
        }
        byte[] block = Hex.decode(new String(field));
        Arrays.fill(field, '0');
        Arrays.fill(digits, '0');
        return format.usesPan() ? BlockCiphers.xor(block, panField(pan)) : block;
    }

    /** The PIN of a clear ISO format 0, 1 or 3 block; the PAN is ignored for format 1. */
    public static SecretBytes decode(PinBlockFormat format, byte[] block, String pan) {
        if (format == PinBlockFormat.ISO_FORMAT_4 || block.length != 8) {
            throw new InvalidInputException("The PIN block is not a valid " + format + " block");
        }
        byte[] field = format.usesPan() ? BlockCiphers.xor(block, panField(pan)) : block.clone();
        String nibbles = Hex.encode(field);
        Arrays.fill(field, (byte) 0);
        return pinFromField(format, nibbles, 16);
    }

    /** An enciphered ISO format 4 block (16 bytes) under an AES key. */
    public static byte[] encipherIso4(SecretBytes aesKey, SecretBytes pin, String pan, SecureRandom random) {
        char[] digits = pinDigits(pin);
        char[] first = new char[16];
        Arrays.fill(first, 'A');
        first[0] = '4';
        first[1] = Character.toUpperCase(Character.forDigit(digits.length, 16));
        System.arraycopy(digits, 0, first, 2, digits.length);
        byte[] pinField = new byte[16];
        System.arraycopy(Hex.decode(new String(first)), 0, pinField, 0, 8);
        byte[] fill = new byte[8];
        random.nextBytes(fill);
        System.arraycopy(fill, 0, pinField, 8, 8);
        byte[] key = aesKey.copy();
        try {
            byte[] intermediate = BlockCiphers.aesEncryptEcb(key, pinField);
            return BlockCiphers.aesEncryptEcb(key, BlockCiphers.xor(intermediate, iso4PanField(pan)));
        } finally {
            Arrays.fill(key, (byte) 0);
            Arrays.fill(pinField, (byte) 0);
            Arrays.fill(first, '0');
            Arrays.fill(digits, '0');
        }
    }

    /** The PIN of an enciphered ISO format 4 block. */
    public static SecretBytes decipherIso4(SecretBytes aesKey, byte[] block, String pan) {
        if (block.length != 16) {
            throw new InvalidInputException("An ISO format 4 PIN block has 16 bytes");
        }
        byte[] key = aesKey.copy();
        byte[] pinField = null;
        try {
            byte[] intermediate = BlockCiphers.xor(BlockCiphers.aesDecryptEcb(key, block), iso4PanField(pan));
            pinField = BlockCiphers.aesDecryptEcb(key, intermediate);
            return pinFromField(PinBlockFormat.ISO_FORMAT_4, Hex.encode(Arrays.copyOf(pinField, 8)), 16);
        } finally {
            Arrays.fill(key, (byte) 0);
            if (pinField != null) {
                Arrays.fill(pinField, (byte) 0);
            }
        }
    }

    /** Formats 0 and 3: 0000 and the rightmost twelve PAN digits excluding the check digit. */
    static byte[] panField(String pan) {
        requirePan(pan);
        String account = pan.substring(0, pan.length() - 1);
        String twelve = account.length() >= 12 ? account.substring(account.length() - 12)
                : "0".repeat(12 - account.length()) + account;
        return Hex.decode("0000" + twelve);
    }

    /** Format 4: M (PAN length − 12, or 0) and the PAN, left-justified, zero-filled; short PANs right-justified in 12. */
    static byte[] iso4PanField(String pan) {
        requirePan(pan);
        String digits = pan.length() < 12 ? "0".repeat(12 - pan.length()) + pan : pan;
        StringBuilder field = new StringBuilder(32).append(Character.forDigit(Math.max(0, pan.length() - 12), 16))
                .append(digits);
        while (field.length() < 32) {
            field.append('0');
        }
        return Hex.decode(field);
    }

    private static SecretBytes pinFromField(PinBlockFormat format, String nibbles, int fieldNibbles) {
        int control = Character.digit(nibbles.charAt(0), 16);
        int length = Character.digit(nibbles.charAt(1), 16);
        if (control != format.control() || length < 4 || length > 12) {
            throw new InvalidInputException("The PIN block is not a valid " + format + " block");
        }
        for (int i = 2; i < fieldNibbles; i++) {
            char c = nibbles.charAt(i);
            boolean valid = i < 2 + length ? c >= '0' && c <= '9' : switch (format) {
                case ISO_FORMAT_0 -> c == 'F';
                case ISO_FORMAT_1 -> true;
                case ISO_FORMAT_3 -> c >= 'A' && c <= 'F';
                case ISO_FORMAT_4 -> c == 'A';
            };
            if (!valid) {
                throw new InvalidInputException("The PIN block is not a valid " + format + " block");
            }
        }
        return SecretBytes.of(nibbles.substring(2, 2 + length).getBytes(StandardCharsets.US_ASCII));
    }

    static char[] pinDigits(SecretBytes pin) {
        byte[] bytes = pin.copy();
        try {
            if (bytes.length < 4 || bytes.length > 12) {
                throw new InvalidInputException("A PIN has 4 to 12 digits");
            }
            char[] digits = new char[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] < '0' || bytes[i] > '9') {
                    throw new InvalidInputException("A PIN has decimal digits only");
                }
                digits[i] = (char) bytes[i];
            }
            return digits;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static void requirePan(String pan) {
        if (pan == null || pan.isEmpty() || pan.length() > 19 || !pan.chars().allMatch(Character::isDigit)) {
            throw new InvalidInputException("PrimaryAccountNumber must be up to 19 decimal digits");
        }
    }
}
