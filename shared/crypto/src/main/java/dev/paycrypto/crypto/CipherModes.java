package dev.paycrypto.crypto;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Symmetric encryption of data in the modes the service offers, without padding (callers pad, see
 * {@link Paddings}): ECB, CBC, CFB with 1-, 8-, 64- and 128-bit segments, and OFB, over TDES and AES (NIST SP
 * 800-38A).
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
        ECB("ECB", true), CBC("CBC", true), CFB1(null, false), CFB8("CFB8", false), CFB64("CFB64", false),
        CFB128("CFB128", false), OFB("OFB", false);

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
        byte[] raw = key.copy();
        byte[] jceKey = null;
        try {
            jceKey = algorithm == Algorithm.TDES ? BlockCiphers.tdesKey(raw) : raw;
            SecretKeySpec spec = new SecretKeySpec(jceKey, algorithm.jce);
            if (mode == Mode.CFB1) {
                return cfb1(direction == Cipher.ENCRYPT_MODE, algorithm, spec, iv, data);
            }
            Cipher cipher = Ciphers.cached(algorithm.jce + "/" + mode.jce + "/NoPadding");
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
            if (jceKey != null) {
                Arrays.fill(jceKey, (byte) 0);
            }
        }
    }

    /**
     * CFB with 1-bit segments (SP 800-38A §6.3, s = 1), which JCE lacks: for each bit, the most significant bit of
     * the enciphered register is XORed onto the data bit, and the cipher-text bit is shifted into the register.
     */
    private static byte[] cfb1(boolean encrypt, Algorithm algorithm, SecretKeySpec spec, byte[] iv, byte[] data)
            throws GeneralSecurityException {
        Cipher ecb = Ciphers.cached(algorithm.jce + "/ECB/NoPadding");
        ecb.init(Cipher.ENCRYPT_MODE, spec);
        byte[] register = iv.clone();
        byte[] keyStream = new byte[register.length];
        byte[] out = new byte[data.length];
        for (int bit = 0; bit < data.length * 8; bit++) {
            ecb.doFinal(register, 0, register.length, keyStream, 0);
            int shift = 7 - (bit & 7);
            int in = (data[bit >> 3] >> shift) & 1;
            int result = in ^ ((keyStream[0] >> 7) & 1);
            out[bit >> 3] |= (byte) (result << shift);
            shiftInBit(register, encrypt ? result : in);
        }
        Arrays.fill(keyStream, (byte) 0);
        return out;
    }

    private static void shiftInBit(byte[] register, int bit) {
        for (int i = 0; i < register.length - 1; i++) {
            register[i] = (byte) ((register[i] << 1) | ((register[i + 1] >> 7) & 1));
        }
        register[register.length - 1] = (byte) ((register[register.length - 1] << 1) | bit);
    }
}
