package dev.paycrypto.crypto.dukpt;

import dev.paycrypto.crypto.BlockCiphers;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.SecretBytes;
import java.util.Arrays;

/**
 * TDES DUKPT (ANSI X9.24-1:2009): the initial PIN encryption key (IPEK) of a device from the base derivation key,
 * the transaction key of a key serial number by the non-reversible key generation process (Annex A.2), and the
 * working-key variants of Annex A.4 (PIN, MAC request/response, data request/response).
 */
public final class TdesDukpt {

    private static final byte[] KEY_MASK = Hex.decode("C0C0C0C000000000C0C0C0C000000000");
    private static final int COUNTER_BITS = 21;

    /** The working-key variant masks of X9.24-1:2009 Annex A.4. */
    public enum Variant {
        PIN("00000000000000FF00000000000000FF", false),
        MAC_REQUEST("000000000000FF00000000000000FF00", false),
        MAC_RESPONSE("00000000FF00000000000000FF000000", false),
        DATA_REQUEST("0000000000FF00000000000000FF0000", true),
        DATA_RESPONSE("000000FF00000000000000FF00000000", true);

        private final byte[] mask;
        private final boolean oneWay;

        Variant(String mask, boolean oneWay) {
            this.mask = Hex.decode(mask);
            this.oneWay = oneWay;
        }
    }

    private TdesDukpt() {
    }

    /** The IPEK of the device named by a 10-byte KSN (its counter is ignored). */
    public static SecretBytes initialKey(SecretBytes bdk, byte[] ksn) {
        requireKsn(ksn);
        byte[] base = bdk.copy();
        if (base.length != 16) {
            throw new InvalidInputException("A TDES DUKPT base derivation key is double-length");
        }
        byte[] initialKsn = Arrays.copyOf(ksn, 8);
        initialKsn[7] &= (byte) 0xE0;
        byte[] masked = BlockCiphers.xor(base, KEY_MASK);
        try {
            byte[] ipek = new byte[16];
            System.arraycopy(BlockCiphers.tdesEncryptEcb(base, initialKsn), 0, ipek, 0, 8);
            System.arraycopy(BlockCiphers.tdesEncryptEcb(masked, initialKsn), 0, ipek, 8, 8);
            return SecretBytes.of(ipek);
        } finally {
            Arrays.fill(base, (byte) 0);
            Arrays.fill(masked, (byte) 0);
        }
    }

    /** The transaction key (no variant) of a KSN, from the BDK. */
    public static SecretBytes transactionKey(SecretBytes bdk, byte[] ksn) {
        byte[] key = initialKey(bdk, ksn).copy();
        byte[] register = Arrays.copyOfRange(ksn, 2, 10);
        int counter = ((register[5] & 0x1F) << 16) | ((register[6] & 0xFF) << 8) | (register[7] & 0xFF);
        if (Integer.bitCount(counter) > 10) {
            throw new InvalidInputException("The KSN counter has more than ten bits set");
        }
        register[5] &= (byte) 0xE0;
        register[6] = 0;
        register[7] = 0;
        try {
            for (int bit = 1 << (COUNTER_BITS - 1); bit > 0; bit >>>= 1) {
                if ((counter & bit) != 0) {
                    register[5] |= (byte) (bit >>> 16);
                    register[6] |= (byte) (bit >>> 8);
                    register[7] |= (byte) bit;
                    byte[] next = nonReversibleKeyGeneration(key, register);
                    Arrays.fill(key, (byte) 0);
                    key = next;
                }
            }
            return SecretBytes.of(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** A working key: the transaction key XOR the variant mask; for data keys, each half then enciphered by it. */
    public static SecretBytes workingKey(SecretBytes transactionKey, Variant variant) {
        byte[] key = BlockCiphers.xor(transactionKey.copy(), variant.mask);
        try {
            if (variant.oneWay) {
                byte[] derived = new byte[16];
                System.arraycopy(BlockCiphers.tdesEncryptEcb(key, Arrays.copyOfRange(key, 0, 8)), 0, derived, 0, 8);
                System.arraycopy(BlockCiphers.tdesEncryptEcb(key, Arrays.copyOfRange(key, 8, 16)), 0, derived, 8, 8);
                Arrays.fill(key, (byte) 0);
                key = derived;
            }
            return SecretBytes.of(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** X9.24-1:2009 A.2 non-reversible key generation: a new key from the current key and the KSN register. */
    private static byte[] nonReversibleKeyGeneration(byte[] key, byte[] register) {
        byte[] right = halfGeneration(key, register);
        byte[] masked = BlockCiphers.xor(key, KEY_MASK);
        byte[] left = halfGeneration(masked, register);
        Arrays.fill(masked, (byte) 0);
        byte[] next = new byte[16];
        System.arraycopy(left, 0, next, 0, 8);
        System.arraycopy(right, 0, next, 8, 8);
        return next;
    }

    private static byte[] halfGeneration(byte[] key, byte[] register) {
        byte[] keyLeft = Arrays.copyOfRange(key, 0, 8);
        byte[] keyRight = Arrays.copyOfRange(key, 8, 16);
        byte[] out = BlockCiphers.xor(BlockCiphers.desEncryptEcb(keyLeft, BlockCiphers.xor(register, keyRight)), keyRight);
        Arrays.fill(keyLeft, (byte) 0);
        Arrays.fill(keyRight, (byte) 0);
        return out;
    }

    private static void requireKsn(byte[] ksn) {
        if (ksn.length != 10) {
            throw new InvalidInputException("A TDES DUKPT key serial number has 10 bytes");
        }
    }
}
