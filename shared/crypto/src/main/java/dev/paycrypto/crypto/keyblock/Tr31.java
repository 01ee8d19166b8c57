package dev.paycrypto.crypto.keyblock;

import dev.paycrypto.crypto.BlockCiphers;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.IntegrityException;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.SecretBytes;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * TR-31 / ANSI X9.143 key blocks: wrap and unwrap of versions A and C (TDES, key variant binding, ISO 9797-1
 * MAC algorithm 1), B (TDES, CMAC key derivation, 8-byte CMAC) and D (AES, CMAC key derivation per X9.143 §6.3,
 * 16-byte CMAC). In B and D the MAC is computed over the header and the clear payload and is the IV of the CBC
 * encryption; in A and C it is computed over the header and the encrypted payload (binary).
 *
 * <p>The payload is the key length in bits (two bytes), the key, and random padding to the cipher block size.
 */
public final class Tr31 {

    private static final int FIXED_HEADER = 16;

    private Tr31() {
    }

    /**
     * A KBPK made ready for many key blocks: the block encryption and MAC keys that versions B and D derive from it
     * (X9.143 §6.3) are derived once, on first use, rather than per block. It holds those derived keys as long as
     * it lives, so it is for a KBPK the holder keeps anyway (the service's storage key); {@link #wipe} when done.
     */
    public static final class Kbpk {
        private final byte[] kbpk;
        /** Per version (B, D): the derived encryption and MAC keys, set once (read without a lock afterwards). */
        private volatile byte[][] versionB;
        private volatile byte[][] versionD;

        private Kbpk(byte[] kbpk) {
            this.kbpk = kbpk;
        }

        public static Kbpk of(SecretBytes kbpk) {
            return new Kbpk(kbpk.copy());
        }

        /** The encryption key and the MAC key of {@code version}: shared arrays, never to be changed or wiped. */
        private byte[][] derivedKeys(Version version) {
            byte[][] keys = version == Version.B ? versionB : versionD;
            if (keys != null) {
                return keys;
            }
            synchronized (this) {
                keys = new byte[][] {version.derive(kbpk, false), version.derive(kbpk, true)};
                if (version == Version.B) {
                    versionB = keys;
                } else {
                    versionD = keys;
                }
                return keys;
            }
        }

        public synchronized void wipe() {
            Arrays.fill(kbpk, (byte) 0);
            for (byte[][] keys : new byte[][][] {versionB, versionD}) {
                if (keys != null) {
                    Arrays.fill(keys[0], (byte) 0);
                    Arrays.fill(keys[1], (byte) 0);
                }
            }
            versionB = null;
            versionD = null;
        }

        @Override
        public String toString() {
            return "Tr31.Kbpk[" + kbpk.length + " bytes]";
        }
    }

    /** Wraps {@code key} under {@code kbpk} with {@code header} (its version decides the method). */
    public static String wrap(SecretBytes kbpk, Tr31Header header, SecretBytes key, SecureRandom random) {
        Kbpk prepared = Kbpk.of(kbpk);
        try {
            return wrap(prepared, header, key, random);
        } finally {
            prepared.wipe();
        }
    }

    /** As {@link #wrap(SecretBytes, Tr31Header, SecretBytes, SecureRandom)}, under a KBPK made ready for many blocks. */
    public static String wrap(Kbpk kbpk, Tr31Header header, SecretBytes key, SecureRandom random) {
        Version version = Version.of(header.version());
        byte[] payload = null;
        try {
            version.requireKbpk(kbpk.kbpk);
            int blockSize = version.blockSize;
            List<Tr31OptionalBlock> blocks = withPadding(header.withoutPadding(), blockSize);
            String optional = encodeOptionalBlocks(blocks);
            int headerLength = FIXED_HEADER + optional.length();
            payload = payload(key, blockSize, random);
            int totalLength = headerLength + payload.length * 2 + version.macLength * 2;
            if (totalLength > 9999) {
                throw new InvalidInputException("The key is too long for a key block");
            }
            String headerText = fixedHeader(header, totalLength, blocks.size()) + optional;
            return headerText + version.protect(kbpk, headerText, payload);
        } finally {
            if (payload != null) {
                Arrays.fill(payload, (byte) 0);
            }
        }
    }

    /** Authenticates and unwraps a key block; any tampering, truncation or wrong KBPK throws. */
    public static Tr31Unwrapped unwrap(SecretBytes kbpk, String keyBlock) {
        Kbpk prepared = Kbpk.of(kbpk);
        try {
            return unwrap(prepared, keyBlock);
        } finally {
            prepared.wipe();
        }
    }

    /** As {@link #unwrap(SecretBytes, String)}, under a KBPK made ready for many blocks. */
    public static Tr31Unwrapped unwrap(Kbpk kbpk, String keyBlock) {
        if (keyBlock == null || keyBlock.length() < FIXED_HEADER) {
            throw new InvalidInputException("The key block is shorter than a header");
        }
        Version version = Version.of(keyBlock.charAt(0));
        int declared = parseDecimal(keyBlock.substring(1, 5), "key block length");
        if (declared != keyBlock.length()) {
            throw new InvalidInputException("The key block length field does not match its length");
        }
        int count = parseDecimal(keyBlock.substring(12, 14), "optional block count");
        List<Tr31OptionalBlock> blocks = new ArrayList<>();
        int position = FIXED_HEADER;
        for (int i = 0; i < count; i++) {
            position = decodeOptionalBlock(keyBlock, position, blocks);
        }
        if (position % version.blockSize != 0) {
            throw new InvalidInputException("The key block header is not a multiple of the cipher block size");
        }
        String headerText = keyBlock.substring(0, position);
        String body = keyBlock.substring(position);
        int macHex = version.macLength * 2;
        if (body.length() <= macHex || (body.length() - macHex) % (version.blockSize * 2) != 0
                || !Hex.isHex(body)) {
            throw new InvalidInputException("The key block's encrypted key field is malformed");
        }
        Tr31Header header = new Tr31Header(keyBlock.charAt(0), keyBlock.substring(5, 7), keyBlock.charAt(7),
                keyBlock.charAt(8), keyBlock.substring(9, 11), keyBlock.charAt(11), blocks);
        byte[] payload = null;
        try {
            version.requireKbpk(kbpk.kbpk);
            payload = version.open(kbpk, headerText, Hex.decode(body.substring(0, body.length() - macHex)),
                    Hex.decode(body.substring(body.length() - macHex)));
            int keyBits = ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
            if (keyBits % 8 != 0 || keyBits == 0 || keyBits / 8 > payload.length - 2) {
                throw new IntegrityException("The key block's key length field is not valid");
            }
            return new Tr31Unwrapped(header.withOptionalBlocks(header.withoutPadding()),
                    SecretBytes.of(Arrays.copyOfRange(payload, 2, 2 + keyBits / 8)));
        } finally {
            if (payload != null) {
                Arrays.fill(payload, (byte) 0);
            }
        }
    }

    private enum Version {
        A(8, 4), B(8, 8), C(8, 4), D(16, 16);

        final int blockSize;
        final int macLength;

        Version(int blockSize, int macLength) {
            this.blockSize = blockSize;
            this.macLength = macLength;
        }

        static Version of(char id) {
            return switch (id) {
                case 'A' -> A;
                case 'B' -> B;
                case 'C' -> C;
                case 'D' -> D;
                default -> throw new InvalidInputException("Unsupported key block version");
            };
        }

        void requireKbpk(byte[] kbpk) {
            boolean ok = this == D ? kbpk.length == 16 || kbpk.length == 24 || kbpk.length == 32
                    : kbpk.length == 16 || kbpk.length == 24;
            if (!ok) {
                throw new InvalidInputException("The KBPK does not fit key block version " + name());
            }
        }

        /** The encrypted payload and MAC, hex, for this version. */
        String protect(Kbpk kbpk, String header, byte[] payload) {
            byte[] headerBytes = header.getBytes(StandardCharsets.US_ASCII);
            return switch (this) {
                case A, C -> {
                    byte[] kbek = variant(kbpk.kbpk, 0x45);
                    byte[] encrypted = BlockCiphers.tdesEncryptCbc(kbek, Arrays.copyOf(headerBytes, 8), payload);
                    Arrays.fill(kbek, (byte) 0);
                    yield Hex.encode(encrypted) + Hex.encode(variantMac(kbpk.kbpk, concat(headerBytes, encrypted)));
                }
                case B, D -> {
                    byte[][] keys = kbpk.derivedKeys(this);
                    byte[] mac = cmac(keys[1], concat(headerBytes, payload));
                    byte[] encrypted = this == B ? BlockCiphers.tdesEncryptCbc(keys[0], mac, payload)
                            : BlockCiphers.aesEncryptCbc(keys[0], mac, payload);
                    yield Hex.encode(encrypted) + Hex.encode(mac);
                }
            };
        }

        /** The clear payload, after its MAC has been checked. */
        byte[] open(Kbpk kbpk, String header, byte[] encrypted, byte[] mac) {
            byte[] headerBytes = header.getBytes(StandardCharsets.US_ASCII);
            switch (this) {
                case A, C -> {
                    byte[] expected = variantMac(kbpk.kbpk, concat(headerBytes, encrypted));
                    requireEqual(expected, mac);
                    byte[] kbek = variant(kbpk.kbpk, 0x45);
                    byte[] payload = BlockCiphers.tdesDecryptCbc(kbek, Arrays.copyOf(headerBytes, 8), encrypted);
                    Arrays.fill(kbek, (byte) 0);
                    return payload;
                }
                default -> {
                    byte[][] keys = kbpk.derivedKeys(this);
                    byte[] payload = this == B ? BlockCiphers.tdesDecryptCbc(keys[0], mac, encrypted)
                            : BlockCiphers.aesDecryptCbc(keys[0], mac, encrypted);
                    byte[] expected = cmac(keys[1], concat(headerBytes, payload));
                    if (!MessageDigest.isEqual(expected, mac)) {
                        Arrays.fill(payload, (byte) 0);
                        throw new IntegrityException("The key block failed its integrity check");
                    }
                    return payload;
                }
            }
        }

        /** X9.143 §6.3 key derivation: CMAC of counter ‖ usage ‖ 00 ‖ algorithm ‖ length, per output block. */
        private byte[] derive(byte[] kbpk, boolean forMac) {
            int algorithm;
            if (this == B) {
                algorithm = kbpk.length == 16 ? 0x0000 : 0x0001;
            } else {
                algorithm = switch (kbpk.length) {
                    case 16 -> 0x0002;
                    case 24 -> 0x0003;
                    default -> 0x0004;
                };
            }
            int bits = kbpk.length * 8;
            int cmacSize = this == B ? 8 : 16;
            int blocks = (kbpk.length + cmacSize - 1) / cmacSize;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int counter = 1; counter <= blocks; counter++) {
                byte[] data = {(byte) counter, 0, (byte) (forMac ? 1 : 0), 0, (byte) (algorithm >> 8),
                        (byte) algorithm, (byte) (bits >> 8), (byte) bits};
                out.writeBytes(cmac(kbpk, data));
            }
            return Arrays.copyOf(out.toByteArray(), kbpk.length);
        }

        private byte[] cmac(byte[] key, byte[] data) {
            return this == B ? BlockCiphers.tdesCmac(key, data) : BlockCiphers.aesCmac(key, data);
        }
    }

    /** ISO 9797-1 MAC algorithm 1 with TDES (CBC-MAC, zero IV) under KBPK ⊕ 4D, leftmost four bytes. */
    private static byte[] variantMac(byte[] kbpk, byte[] data) {
        if (data.length % 8 != 0) {
            throw new InvalidInputException("Key block MAC input is not block aligned");
        }
        byte[] kbmk = variant(kbpk, 0x4D);
        byte[] cbc = BlockCiphers.tdesEncryptCbc(kbmk, new byte[8], data);
        Arrays.fill(kbmk, (byte) 0);
        return Arrays.copyOfRange(cbc, cbc.length - 8, cbc.length - 4);
    }

    private static byte[] variant(byte[] kbpk, int mask) {
        byte[] out = new byte[kbpk.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (kbpk[i] ^ mask);
        }
        return out;
    }

    private static void requireEqual(byte[] expected, byte[] actual) {
        if (!MessageDigest.isEqual(expected, actual)) {
            throw new IntegrityException("The key block failed its integrity check");
        }
    }

    private static byte[] payload(SecretBytes key, int blockSize, SecureRandom random) {
        int keyLength = key.length();
        int length = 2 + keyLength;
        int padded = (length + blockSize - 1) / blockSize * blockSize;
        byte[] payload = new byte[padded];
        random.nextBytes(payload);
        payload[0] = (byte) ((keyLength * 8) >> 8);
        payload[1] = (byte) (keyLength * 8);
        byte[] clear = key.copy();
        System.arraycopy(clear, 0, payload, 2, keyLength);
        Arrays.fill(clear, (byte) 0);
        return payload;
    }

    private static List<Tr31OptionalBlock> withPadding(List<Tr31OptionalBlock> blocks, int blockSize) {
        int length = FIXED_HEADER + encodeOptionalBlocks(blocks).length();
        if (length % blockSize == 0) {
            return blocks;
        }
        int padding = (blockSize - (length + 4) % blockSize) % blockSize;
        List<Tr31OptionalBlock> padded = new ArrayList<>(blocks);
        padded.add(new Tr31OptionalBlock("PB", "0".repeat(padding)));
        return padded;
    }

    private static String fixedHeader(Tr31Header header, int totalLength, int blockCount) {
        return "" + header.version() + String.format("%04d", totalLength) + header.keyUsage() + header.algorithm()
                + header.modeOfUse() + header.keyVersion() + header.exportability()
                + String.format("%02d", blockCount) + "00";
    }

    private static String encodeOptionalBlocks(List<Tr31OptionalBlock> blocks) {
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

    private static int decodeOptionalBlock(String keyBlock, int position, List<Tr31OptionalBlock> blocks) {
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

    private static int parseDecimal(String text, String field) {
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

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
