package dev.paycrypto.crypto.as2805;

import dev.paycrypto.crypto.BlockCiphers;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.mac.Iso9797Padding;
import dev.paycrypto.crypto.mac.Macs;
import java.util.Arrays;

/**
 * AS2805 node-to-node key management and security as AWS Payment Cryptography runs it, from the one public
 * description of its constructions: AWS's own sample {@code aws-samples/samples-for-payment-cryptography-service}
 * (MIT-0, commit 0e338de), {@code python_sdk_example/as2805_node-to-node_examples/}, which checks its software node
 * against the live service. The AS 2805.6 texts are not public, so each function says which step of the sample it
 * restates and how firmly that is anchored.
 *
 * <ul>
 *   <li>key cryptograms ({@code As2805KeyCryptogram}): TDES-CBC with a zero IV under KEK ⊕ variant mask over the
 *       clear working key ({@code as2805_2_1}; the sample's KCV checks against the service pass only with CBC and
 *       the {@code xxC0} patterns);</li>
 *   <li>KEK validation ({@code GenerateAs2805KekValidation}, variant mask 82): KRs and KRr ({@code as2805_1_5});</li>
 *   <li>the {@code AS2805_4_1} MAC ({@code as2805_3_1} step 6);</li>
 *   <li>the PIN encryption key derived per transaction from the PIN protection key, STAN and amount
 *       ({@code as2805_3_1}, "AS2805 Section 6.6.3 - KPE Derivation").</li>
 * </ul>
 * Every function works on TDES keys of 16 or 24 bytes and wipes its clear intermediates.
 */
public final class As2805 {

    private static final byte REQUEST_MASK = (byte) 0x82;
    private static final byte RESPONSE_MASK = (byte) 0x84;

    /** The two values of a KEK validation request: KRs to send, KRr to keep and compare with the partner's answer. */
    public record KekValidation(byte[] randomKeySend, byte[] randomKeyReceive) {
    }

    private As2805() {
    }

    /** The cryptogram of {@code workingKey} under {@code kek} ⊕ {@code variant}: TDES-CBC, zero IV. */
    public static byte[] wrapKey(SecretBytes kek, As2805Variant variant, SecretBytes workingKey) {
        requireTdes(workingKey.length(), "The working key");
        byte[] masked = masked(kek, variant);
        byte[] clear = workingKey.copy();
        try {
            return BlockCiphers.tdesEncryptCbc(masked, new byte[8], clear);
        } finally {
            SecretBytes.wipeAll(masked, clear);
        }
    }

    /** The working key of {@code cryptogram} (16 or 24 bytes) under {@code kek} ⊕ {@code variant}. */
    public static SecretBytes unwrapKey(SecretBytes kek, As2805Variant variant, byte[] cryptogram) {
        requireTdes(cryptogram.length, "The key cryptogram");
        byte[] masked = masked(kek, variant);
        byte[] clear = null;
        try {
            clear = BlockCiphers.tdesDecryptCbc(masked, new byte[8], cryptogram);
            return SecretBytes.of(clear);
        } finally {
            SecretBytes.wipeAll(masked, clear);
        }
    }

    /**
     * A KEK validation request ({@code as2805_1_5}, steps 1–2, the service as the sending node): KRs =
     * TDES-CBC(KEK ⊕ 82…82, IV 0, RND) and KRr = TDES-CBC(KEK ⊕ 84…84, IV 0, P(¬RND)), where ¬ is the one's
     * complement and P sets each byte to odd parity. {@code randomKey} is the fresh RND, 16 bytes in the sample.
     */
    public static KekValidation kekValidationRequest(SecretBytes kek, SecretBytes randomKey) {
        requireBlocks(randomKey.length());
        byte[] rnd = randomKey.copy();
        try {
            return new KekValidation(kekCbc(kek, REQUEST_MASK, rnd, true), answer(kek, rnd));
        } finally {
            SecretBytes.wipeAll(rnd);
        }
    }

    /**
     * The answer to a partner's KEK validation request ({@code as2805_1_5}, steps 4–6, the service as the
     * receiving node): RND = TDES-CBC⁻¹(KEK ⊕ 82…82, IV 0, KRs), then KRr as in {@link #kekValidationRequest}.
     */
    public static byte[] kekValidationResponse(SecretBytes kek, byte[] randomKeySend) {
        requireBlocks(randomKeySend.length);
        byte[] rnd = kekCbc(kek, REQUEST_MASK, randomKeySend, false);
        try {
            return answer(kek, rnd);
        } finally {
            SecretBytes.wipeAll(rnd);
        }
    }

    /**
     * The {@code AS2805_4_1} MAC as AWS's sample computes it ({@code as2805_3_1} step 6): ISO/IEC 9797-1 MAC
     * algorithm 3 (the retail MAC) over the data zero-padded to the block (padding method 1), full 8-byte result.
     *
     * <p>Doubt, stated: AS 2805.4.1 is the Australian adoption of ISO/IEC 9797-1, so the family is certain, but the
     * service's exact profile is not anchored. The sample's README says "Method 2" while its code pads with method
     * 1; its only test message is one block, which cannot tell the two apart (nor algorithm 3 from a TDES CBC-MAC);
     * and one of its scripts tolerates a mismatch with the service. Method 1 is what the sample's code does.
     */
    public static byte[] mac(SecretBytes key, byte[] data) {
        return Macs.iso9797Algorithm3(key, data, Iso9797Padding.METHOD_1);
    }

    /**
     * The transaction's PIN encryption key KPE from the PIN protection key KPP ({@code as2805_3_1},
     * {@code calculate_owf_as2805}): D = STAN left-justified in 8 bytes, zero-filled ‖ amount right-justified in 8
     * bytes, zero-filled (both as hex digits); M = the last block of TDES-CBC(KPP, IV 0, D); KPE = TDES-CBC(KPP,
     * IV M, D) ⊕ D. No variant is applied to the KPP. {@code stan} has 6 digits, {@code amount} 12.
     */
    public static SecretBytes pinEncryptionKey(SecretBytes kpp, String stan, String amount) {
        requireDigits(stan, 6, "SystemTraceAuditNumber");
        requireDigits(amount, 12, "TransactionAmount");
        requireTdes(kpp.length(), "The PIN protection key");
        byte[] d = Hex.decode(stan + "0".repeat(10) + "0".repeat(4) + amount);
        byte[] key = kpp.copy();
        byte[] chained = null;
        byte[] owf = null;
        try {
            chained = BlockCiphers.tdesEncryptCbc(key, new byte[8], d);
            byte[] iv = Arrays.copyOfRange(chained, chained.length - 8, chained.length);
            owf = BlockCiphers.xor(BlockCiphers.tdesEncryptCbc(key, iv, d), d);
            return SecretBytes.of(owf);
        } finally {
            SecretBytes.wipeAll(key, chained, owf, d);
        }
    }

    /** KRr = TDES-CBC(KEK ⊕ 84…84, IV 0, P(¬RND)). */
    private static byte[] answer(SecretBytes kek, byte[] rnd) {
        byte[] inverted = new byte[rnd.length];
        try {
            for (int i = 0; i < rnd.length; i++) {
                inverted[i] = oddParity((byte) ~rnd[i]);
            }
            return kekCbc(kek, RESPONSE_MASK, inverted, true);
        } finally {
            SecretBytes.wipeAll(inverted);
        }
    }

    /** {@code b} with its low bit set so that the byte has odd parity. */
    static byte oddParity(byte b) {
        return Integer.bitCount(b & 0xFF) % 2 == 1 ? b : (byte) (b ^ 0x01);
    }

    private static byte[] kekCbc(SecretBytes kek, byte mask, byte[] data, boolean encrypt) {
        requireTdes(kek.length(), "The KEK");
        byte[] key = kek.copy();
        try {
            for (int i = 0; i < key.length; i++) {
                key[i] ^= mask;
            }
            return encrypt ? BlockCiphers.tdesEncryptCbc(key, new byte[8], data)
                    : BlockCiphers.tdesDecryptCbc(key, new byte[8], data);
        } finally {
            SecretBytes.wipeAll(key);
        }
    }

    private static byte[] masked(SecretBytes kek, As2805Variant variant) {
        requireTdes(kek.length(), "The KEK");
        byte[] key = kek.copy();
        byte[] mask = variant.mask(key.length);
        for (int i = 0; i < key.length; i++) {
            key[i] ^= mask[i];
        }
        return key;
    }

    private static void requireTdes(int length, String what) {
        if (length != 16 && length != 24) {
            throw new InvalidInputException(what + " must be a TDES key of 16 or 24 bytes");
        }
    }

    private static void requireBlocks(int length) {
        if (length == 0 || length % 8 != 0 || length > 24) {
            throw new InvalidInputException("The random key must have 8, 16 or 24 bytes");
        }
    }

    private static void requireDigits(String value, int length, String what) {
        if (value == null || value.length() != length || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidInputException(what + " must have " + length + " decimal digits");
        }
    }
}
