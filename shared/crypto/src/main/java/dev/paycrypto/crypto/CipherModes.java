package dev.paycrypto.crypto;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Symmetric encryption of data in the modes the service offers, without padding (callers pad, see
 * {@link Paddings}): ECB, CBC, CFB with 8-, 64- and 128-bit segments, and OFB, over TDES and AES (NIST SP 800-38A).
 * Cipher instances come from {@link Ciphers}.
 */
public final class CipherModes {

    /** The block cipher. */
    public enum Algorithm {
        TDES("DESede", 8), AES("AES", 16);

        private final String jce;
        private final int blockSize;

        Algorithm(String jce, int blockSize) {
            this.jce = jce;
            this.blockSize = blockSize;
        }

        public int blockSize() {
            return blockSize;
        }
    }

    /** The mode of operation; {@code CFB128} is only for AES. */
    public enum Mode {
        ECB("ECB", true), CBC("CBC", true), CFB8("CFB8", false), CFB64("CFB64", false), CFB128("CFB128", false),
        OFB("OFB", false);

        private final String jce;
        private final boolean blockAligned;

        Mode(String jce, boolean blockAligned) {
            this.jce = jce;
            this.blockAligned = blockAligned;
        }
    }

    private CipherModes() {
    }

    public static byte[] encrypt(Algorithm algorithm, Mode mode, SecretBytes key, byte[] iv, byte[] data) {
        return run(Cipher.ENCRYPT_MODE, algorithm, mode, key, iv, data);
    }

    public static byte[] decrypt(Algorithm algorithm, Mode mode, SecretBytes key, byte[] iv, byte[] data) {
        return run(Cipher.DECRYPT_MODE, algorithm, mode, key, iv, data);
    }

    private static byte[] run(int direction, Algorithm algorithm, Mode mode, SecretBytes key, byte[] iv, byte[] data) {
        if (mode == Mode.CFB128 && algorithm != Algorithm.AES) {
            throw new InvalidInputException("CFB128 needs a 128-bit block cipher");
        }
        if (mode.blockAligned && data.length % algorithm.blockSize != 0) {
            throw new InvalidInputException("The data is not a multiple of the " + algorithm.blockSize + "-byte block");
        }
        if (mode != Mode.ECB && (iv == null || iv.length != algorithm.blockSize)) {
            throw new InvalidInputException("The initialization vector must have " + algorithm.blockSize + " bytes");
        }
        String transformation = algorithm.jce + "/" + mode.jce + "/NoPadding";
        Cipher cipher = Ciphers.cached(transformation);
        byte[] raw = key.copy();
        try {
            byte[] jceKey = algorithm == Algorithm.TDES ? BlockCiphers.tdesKey(raw) : raw;
            SecretKeySpec spec = new SecretKeySpec(jceKey, algorithm.jce);
            if (mode == Mode.ECB) {
                cipher.init(direction, spec);
            } else {
                cipher.init(direction, spec, new IvParameterSpec(iv));
            }
            return cipher.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new InvalidInputException("The key does not fit " + algorithm);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

}
