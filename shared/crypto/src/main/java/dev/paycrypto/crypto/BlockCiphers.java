package dev.paycrypto.crypto;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The block-cipher primitives of payment cryptography over raw bytes: DES, TDES (2- and 3-key) and AES in ECB
 * and CBC without padding, and CMAC (NIST SP 800-38B) over TDES and AES. JCE does the block ciphers (AES-NI),
 * with instances from {@link Ciphers}.
 */
public final class BlockCiphers {

    private BlockCiphers() {
    }

    public static byte[] tdesEncryptEcb(byte[] key, byte[] data) {
        return runTdes("DESede/ECB/NoPadding", Cipher.ENCRYPT_MODE, key, null, data);
    }

    public static byte[] tdesDecryptEcb(byte[] key, byte[] data) {
        return runTdes("DESede/ECB/NoPadding", Cipher.DECRYPT_MODE, key, null, data);
    }

    public static byte[] tdesEncryptCbc(byte[] key, byte[] iv, byte[] data) {
        return runTdes("DESede/CBC/NoPadding", Cipher.ENCRYPT_MODE, key, iv, data);
    }

    public static byte[] tdesDecryptCbc(byte[] key, byte[] iv, byte[] data) {
        return runTdes("DESede/CBC/NoPadding", Cipher.DECRYPT_MODE, key, iv, data);
    }

    /** Single DES, for the steps of payment algorithms (CVV, retail MAC) that use one half of a key. */
    public static byte[] desEncryptEcb(byte[] key8, byte[] data) {
        requireLength(key8, 8, "DES key");
        return run("DES/ECB/NoPadding", "DES", Cipher.ENCRYPT_MODE, key8, null, data, 8);
    }

    public static byte[] desDecryptEcb(byte[] key8, byte[] data) {
        requireLength(key8, 8, "DES key");
        return run("DES/ECB/NoPadding", "DES", Cipher.DECRYPT_MODE, key8, null, data, 8);
    }

    public static byte[] aesEncryptEcb(byte[] key, byte[] data) {
        return run("AES/ECB/NoPadding", "AES", Cipher.ENCRYPT_MODE, aesKey(key), null, data, 16);
    }

    public static byte[] aesDecryptEcb(byte[] key, byte[] data) {
        return run("AES/ECB/NoPadding", "AES", Cipher.DECRYPT_MODE, aesKey(key), null, data, 16);
    }

    public static byte[] aesEncryptCbc(byte[] key, byte[] iv, byte[] data) {
        return run("AES/CBC/NoPadding", "AES", Cipher.ENCRYPT_MODE, aesKey(key), iv, data, 16);
    }

    public static byte[] aesDecryptCbc(byte[] key, byte[] iv, byte[] data) {
        return run("AES/CBC/NoPadding", "AES", Cipher.DECRYPT_MODE, aesKey(key), iv, data, 16);
    }

    /** CMAC of {@code data} under an AES key (16/24/32 bytes), full 16-byte tag. */
    public static byte[] aesCmac(byte[] key, byte[] data) {
        return cmac(AESEngine.newInstance(), aesKey(key), data);
    }

    /** CMAC of {@code data} under a TDES key (16/24 bytes), full 8-byte tag. */
    public static byte[] tdesCmac(byte[] key, byte[] data) {
        byte[] expanded = tdesKey(key);
        try {
            return cmac(new DESedeEngine(), expanded, data);
        } finally {
            wipeExpansion(key, expanded);
        }
    }

    private static byte[] cmac(BlockCipher engine, byte[] key, byte[] data) {
        CMac mac = new CMac(engine);
        mac.init(new KeyParameter(key));
        mac.update(data, 0, data.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }

    /** A TDES operation under the 24-byte form of {@code key}, wiped afterwards when it is a copy. */
    private static byte[] runTdes(String transformation, int mode, byte[] key, byte[] iv, byte[] data) {
        byte[] expanded = tdesKey(key);
        try {
            return run(transformation, "DESede", mode, expanded, iv, data, 8);
        } finally {
            wipeExpansion(key, expanded);
        }
    }

    private static void wipeExpansion(byte[] key, byte[] expanded) {
        if (expanded != key) {
            Arrays.fill(expanded, (byte) 0);
        }
    }

    private static byte[] run(String transformation, String algorithm, int mode, byte[] key, byte[] iv, byte[] data,
                              int blockSize) {
        if (data.length % blockSize != 0) {
            throw new InvalidInputException("Data length is not a multiple of the " + blockSize + "-byte block");
        }
        Cipher cipher = Ciphers.cached(transformation);
        try {
            SecretKeySpec spec = new SecretKeySpec(key, algorithm);
            if (iv == null) {
                cipher.init(mode, spec);
            } else {
                requireLength(iv, blockSize, "IV");
                cipher.init(mode, spec, new IvParameterSpec(iv));
            }
            return cipher.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(transformation + " failed", e);
        }
    }

    /** A 24-byte JCE DESede key: K1K2K3 as given, or K1K2K1 for a double-length key. */
    static byte[] tdesKey(byte[] key) {
        if (key.length == 24) {
            return key;
        }
        if (key.length == 16) {
            byte[] expanded = Arrays.copyOf(key, 24);
            System.arraycopy(key, 0, expanded, 16, 8);
            return expanded;
        }
        throw new InvalidInputException("A TDES key has 16 or 24 bytes");
    }

    private static byte[] aesKey(byte[] key) {
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new InvalidInputException("An AES key has 16, 24 or 32 bytes");
        }
        return key;
    }

    static void requireLength(byte[] value, int length, String what) {
        if (value.length != length) {
            throw new InvalidInputException(what + " must have " + length + " bytes");
        }
    }

    /** XOR of two equal-length arrays, into a new array. */
    public static byte[] xor(byte[] a, byte[] b) {
        if (a.length != b.length) {
            throw new InvalidInputException("XOR of arrays of different lengths");
        }
        byte[] out = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (byte) (a[i] ^ b[i]);
        }
        return out;
    }
}
