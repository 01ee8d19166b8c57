package dev.paycrypto.crypto.mac;

import dev.paycrypto.crypto.BlockCiphers;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.SecretBytes;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The MACs of payment systems: ISO/IEC 9797-1 MAC algorithm 1 (TDES CBC-MAC) and algorithm 3 (the retail MAC of
 * ANSI X9.19), CMAC (NIST SP 800-38B; ISO/IEC 9797-1 algorithm 5) over AES and TDES, and HMAC (ISO/IEC 9797-2
 * algorithm 2) with SHA-224/256/384/512. Each returns the full tag; callers truncate to the requested length.
 */
public final class Macs {

    private static final Map<String, ThreadLocal<Mac>> HMACS = new ConcurrentHashMap<>();

    private Macs() {
    }

    /** ISO/IEC 9797-1 MAC algorithm 1 with TDES: CBC with a zero IV over the padded data; the last block. */
    public static byte[] iso9797Algorithm1(SecretBytes tdesKey, byte[] data, Iso9797Padding padding) {
        byte[] key = tdesKey.copy();
        try {
            byte[] cbc = BlockCiphers.tdesEncryptCbc(key, new byte[8], padding.pad(data, 8));
            return Arrays.copyOfRange(cbc, cbc.length - 8, cbc.length);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * ISO/IEC 9797-1 MAC algorithm 3 (retail MAC): single-DES CBC under K (the left half) over the padded data,
     * then the last block decrypted under K' (the right half) and encrypted again under K.
     */
    public static byte[] iso9797Algorithm3(SecretBytes doubleLengthKey, byte[] data, Iso9797Padding padding) {
        if (doubleLengthKey.length() != 16) {
            throw new InvalidInputException("MAC algorithm 3 takes a double-length key");
        }
        byte[] key = doubleLengthKey.copy();
        byte[] left = Arrays.copyOfRange(key, 0, 8);
        byte[] right = Arrays.copyOfRange(key, 8, 16);
        try {
            byte[] padded = padding.pad(data, 8);
            byte[] chain = new byte[8];
            for (int offset = 0; offset < padded.length; offset += 8) {
                chain = BlockCiphers.desEncryptEcb(left,
                        BlockCiphers.xor(chain, Arrays.copyOfRange(padded, offset, offset + 8)));
            }
            return BlockCiphers.desEncryptEcb(left, BlockCiphers.desDecryptEcb(right, chain));
        } finally {
            Arrays.fill(key, (byte) 0);
            Arrays.fill(left, (byte) 0);
            Arrays.fill(right, (byte) 0);
        }
    }

    /** CMAC under an AES key (16-byte tag) or a TDES key (8-byte tag), by the key's use. */
    public static byte[] cmacAes(SecretBytes key, byte[] data) {
        byte[] raw = key.copy();
        try {
            return BlockCiphers.aesCmac(raw, data);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    public static byte[] cmacTdes(SecretBytes key, byte[] data) {
        byte[] raw = key.copy();
        try {
            return BlockCiphers.tdesCmac(raw, data);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** HMAC with a JCE algorithm name ({@code HmacSHA224}, {@code HmacSHA256}, ...). */
    public static byte[] hmac(SecretBytes key, String jceAlgorithm, byte[] data) {
        Mac mac = HMACS.computeIfAbsent(jceAlgorithm, name -> ThreadLocal.withInitial(() -> newMac(name))).get();
        byte[] raw = key.copy();
        try {
            mac.init(new SecretKeySpec(raw, jceAlgorithm));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new InvalidInputException("The HMAC key is not usable");
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private static Mac newMac(String name) {
        try {
            return Mac.getInstance(name);
        } catch (GeneralSecurityException e) {
            throw new InvalidInputException("Unsupported HMAC algorithm " + name);
        }
    }
}
