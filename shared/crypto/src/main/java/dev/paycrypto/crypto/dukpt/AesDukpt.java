package dev.paycrypto.crypto.dukpt;

import dev.paycrypto.crypto.BlockCiphers;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.SecretBytes;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * AES DUKPT (ANSI X9.24-3-2017) with an AES base derivation key: the initial key of a device (§6.3.2), the
 * intermediate derivation key of a transaction counter (§6.3.3, one derivation per set counter bit, most
 * significant first) and working keys by usage (§6.3.4). Every derivation enciphers a 16-byte derivation-data
 * block per 128 output bits: version 01, block counter, key usage, algorithm and length of the derived key, and
 * the initial key ID (for the initial key) or its rightmost four bytes and the counter.
 */
public final class AesDukpt {

    /** The algorithm of a derived key, with its X9.24-3 indicator and length. */
    public enum KeyType {
        TDES_2KEY(0x0000, 128), TDES_3KEY(0x0001, 192), AES_128(0x0002, 128), AES_192(0x0003, 192),
        AES_256(0x0004, 256);

        private final int indicator;
        private final int bits;

        KeyType(int indicator, int bits) {
            this.indicator = indicator;
            this.bits = bits;
        }

        static KeyType ofAesKey(int lengthBytes) {
            return switch (lengthBytes) {
                case 16 -> AES_128;
                case 24 -> AES_192;
                case 32 -> AES_256;
                default -> throw new InvalidInputException("An AES DUKPT derivation key has 16, 24 or 32 bytes");
            };
        }
    }

    /** X9.24-3 key usage indicators of working keys. */
    public enum KeyUsage {
        KEY_ENCRYPTION(0x0002), PIN_ENCRYPTION(0x1000), MAC_GENERATION(0x2000), MAC_VERIFICATION(0x2001),
        MAC_BOTH_WAYS(0x2002), DATA_ENCRYPTION_ENCRYPT(0x3000), DATA_ENCRYPTION_DECRYPT(0x3001),
        DATA_ENCRYPTION_BOTH_WAYS(0x3002);

        private final int indicator;

        KeyUsage(int indicator) {
            this.indicator = indicator;
        }
    }

    private static final int INITIAL_KEY_USAGE = 0x8001;
    private static final int DERIVATION_KEY_USAGE = 0x8000;

    private AesDukpt() {
    }

    /** The initial key of a device from the BDK and its 8-byte initial key ID (BDK ID ‖ derivation ID). */
    public static SecretBytes initialKey(SecretBytes bdk, byte[] initialKeyId) {
        if (initialKeyId.length != 8) {
            throw new InvalidInputException("An AES DUKPT initial key ID has 8 bytes");
        }
        KeyType type = KeyType.ofAesKey(bdk.length());
        return derive(bdk, INITIAL_KEY_USAGE, type, initialKeyId);
    }

    /** The intermediate derivation key of a 12-byte KSN (initial key ID ‖ 32-bit transaction counter). */
    public static SecretBytes transactionDerivationKey(SecretBytes bdk, byte[] ksn) {
        requireKsn(ksn);
        SecretBytes key = initialKey(bdk, Arrays.copyOf(ksn, 8));
        KeyType type = KeyType.ofAesKey(bdk.length());
        long counter = ((ksn[8] & 0xFFL) << 24) | ((ksn[9] & 0xFFL) << 16) | ((ksn[10] & 0xFFL) << 8) | (ksn[11] & 0xFFL);
        if (Long.bitCount(counter) > 16) {
            throw new InvalidInputException("The KSN counter has more than sixteen bits set");
        }
        long working = 0;
        for (long mask = 0x80000000L; mask > 0; mask >>>= 1) {
            if ((counter & mask) != 0) {
                working |= mask;
                SecretBytes next = derive(key, DERIVATION_KEY_USAGE, type, tail(ksn, working));
                key.wipe();
                key = next;
            }
        }
        return key;
    }

    /** A working key of the given usage and type for a KSN. */
    public static SecretBytes workingKey(SecretBytes bdk, byte[] ksn, KeyUsage usage, KeyType type) {
        SecretBytes derivationKey = transactionDerivationKey(bdk, ksn);
        try {
            long counter = ((ksn[8] & 0xFFL) << 24) | ((ksn[9] & 0xFFL) << 16) | ((ksn[10] & 0xFFL) << 8)
                    | (ksn[11] & 0xFFL);
            return derive(derivationKey, usage.indicator, type, tail(ksn, counter));
        } finally {
            derivationKey.wipe();
        }
    }

    private static byte[] tail(byte[] ksn, long counter) {
        byte[] tail = new byte[8];
        System.arraycopy(ksn, 4, tail, 0, 4);
        tail[4] = (byte) (counter >>> 24);
        tail[5] = (byte) (counter >>> 16);
        tail[6] = (byte) (counter >>> 8);
        tail[7] = (byte) counter;
        return tail;
    }

    private static SecretBytes derive(SecretBytes derivationKey, int usage, KeyType type, byte[] context) {
        byte[] key = derivationKey.copy();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (int block = 1; block <= (type.bits + 127) / 128; block++) {
                byte[] data = new byte[16];
                data[0] = 0x01;
                data[1] = (byte) block;
                data[2] = (byte) (usage >>> 8);
                data[3] = (byte) usage;
                data[4] = (byte) (type.indicator >>> 8);
                data[5] = (byte) type.indicator;
                data[6] = (byte) (type.bits >>> 8);
                data[7] = (byte) type.bits;
                System.arraycopy(context, 0, data, 8, 8);
                out.writeBytes(BlockCiphers.aesEncryptEcb(key, data));
            }
            byte[] derived = Arrays.copyOf(out.toByteArray(), type.bits / 8);
            try {
                return SecretBytes.of(derived);
            } finally {
                Arrays.fill(derived, (byte) 0);
            }
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static void requireKsn(byte[] ksn) {
        if (ksn.length != 12) {
            throw new InvalidInputException("An AES DUKPT key serial number has 12 bytes");
        }
    }
}
