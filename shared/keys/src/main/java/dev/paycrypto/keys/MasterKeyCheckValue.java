package dev.paycrypto.keys;

import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.mac.Macs;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The fingerprint of a master key that a store records when it adopts the key, so that a later start tells the
 * right key from a different one before anything is sealed or opened: the first 8 bytes, as 16 upper-case hex
 * digits, of AES-CMAC (NIST SP 800-38B) under the master key over a fixed label.
 *
 * <p>Why AES-CMAC: TR-31 version D already uses AES-CMAC under this key, for its key derivation (X9.143 §6.3), so
 * no second algorithm ever touches it. That derivation's input is always 8 bytes; the label is longer, so the
 * value is never the KBEK or KBMK of any block and says nothing about them. A CMAC output reveals nothing about its
 * key, and 64 bits make a wrong key match by chance once in 2^64.
 */
public final class MasterKeyCheckValue {

    private static final byte[] LABEL = "PayCrypto master key check value v1".getBytes(StandardCharsets.US_ASCII);
    private static final int BYTES = 8;

    private MasterKeyCheckValue() {
    }

    public static String of(SecretBytes masterKey) {
        byte[] tag = Macs.cmacAes(masterKey, LABEL);
        try {
            return Hex.encode(Arrays.copyOf(tag, BYTES));
        } finally {
            Arrays.fill(tag, (byte) 0);
        }
    }
}
