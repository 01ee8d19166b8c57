package dev.paycrypto.crypto.keyblock;

import dev.paycrypto.crypto.BlockCiphers;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.IntegrityException;
import dev.paycrypto.crypto.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The key block versions of TR-31 / ANSI X9.143 and how each protects its payload: A and C bind the key by variant
 * (KBPK ⊕ 45 encrypts, KBPK ⊕ 4D MACs with ISO 9797-1 algorithm 1 over the header and the encrypted payload); B
 * (TDES) and D (AES) derive their encryption and MAC keys from the KBPK by CMAC (X9.143 §6.3), MAC the header and
 * the clear payload, and use that MAC as the IV of the CBC encryption. {@link Tr31} lays out the block around it.
 */
enum Tr31Version {
    A(8, 4), B(8, 8), C(8, 4), D(16, 16);

    /** The cipher block size, to which the header and the payload are padded. */
    final int blockSize;
    /** The MAC's length in bytes. */
    final int macLength;

    Tr31Version(int blockSize, int macLength) {
        this.blockSize = blockSize;
        this.macLength = macLength;
    }

    static Tr31Version of(char id) {
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
    String protect(Tr31.Kbpk kbpk, String header, byte[] payload) {
        byte[] headerBytes = header.getBytes(StandardCharsets.US_ASCII);
        return switch (this) {
            case A, C -> {
                byte[] kbek = variant(kbpk.bytes(), 0x45);
                byte[] encrypted = BlockCiphers.tdesEncryptCbc(kbek, Arrays.copyOf(headerBytes, 8), payload);
                Arrays.fill(kbek, (byte) 0);
                yield Hex.encode(encrypted) + Hex.encode(variantMac(kbpk.bytes(), concat(headerBytes, encrypted)));
            }
            case B, D -> {
                byte[][] keys = kbpk.derivedKeys(this);
                byte[] macInput = concat(headerBytes, payload);
                byte[] mac = cmac(keys[1], macInput);
                Arrays.fill(macInput, (byte) 0);
                byte[] encrypted = this == B ? BlockCiphers.tdesEncryptCbc(keys[0], mac, payload)
                        : BlockCiphers.aesEncryptCbc(keys[0], mac, payload);
                yield Hex.encode(encrypted) + Hex.encode(mac);
            }
        };
    }

    /** The clear payload, after its MAC has been checked. */
    byte[] open(Tr31.Kbpk kbpk, String header, byte[] encrypted, byte[] mac) {
        byte[] headerBytes = header.getBytes(StandardCharsets.US_ASCII);
        switch (this) {
            case A, C -> {
                byte[] expected = variantMac(kbpk.bytes(), concat(headerBytes, encrypted));
                if (!MessageDigest.isEqual(expected, mac)) {
                    throw new IntegrityException("The key block failed its integrity check");
                }
                byte[] kbek = variant(kbpk.bytes(), 0x45);
                byte[] payload = BlockCiphers.tdesDecryptCbc(kbek, Arrays.copyOf(headerBytes, 8), encrypted);
                Arrays.fill(kbek, (byte) 0);
                return payload;
            }
            default -> {
                byte[][] keys = kbpk.derivedKeys(this);
                byte[] payload = this == B ? BlockCiphers.tdesDecryptCbc(keys[0], mac, encrypted)
                        : BlockCiphers.aesDecryptCbc(keys[0], mac, encrypted);
                byte[] macInput = concat(headerBytes, payload);
                byte[] expected = cmac(keys[1], macInput);
                Arrays.fill(macInput, (byte) 0);
                if (!MessageDigest.isEqual(expected, mac)) {
                    Arrays.fill(payload, (byte) 0);
                    throw new IntegrityException("The key block failed its integrity check");
                }
                return payload;
            }
        }
    }

    /** X9.143 §6.3 key derivation: CMAC of counter ‖ usage ‖ 00 ‖ algorithm ‖ length, per output block. */
    byte[] derive(byte[] kbpk, boolean forMac) {
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
            byte[] block = cmac(kbpk, data);
            out.writeBytes(block);
            Arrays.fill(block, (byte) 0);
        }
        byte[] derived = out.toByteArray();
        try {
            return Arrays.copyOf(derived, kbpk.length);
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    private byte[] cmac(byte[] key, byte[] data) {
        return this == B ? BlockCiphers.tdesCmac(key, data) : BlockCiphers.aesCmac(key, data);
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

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
