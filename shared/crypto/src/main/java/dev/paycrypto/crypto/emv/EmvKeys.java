package dev.paycrypto.crypto.emv;

import dev.paycrypto.crypto.BlockCiphers;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.KeyMaterialGenerator;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.card.Decimalization;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * EMV key derivations (EMV 4.x Book 2, Annex A1): the ICC master key from an issuer master key by option A and
 * option B (A1.4), the common session key (A1.3) and the Mastercard session key derivation (R = ATC ‖ 0000 ‖ UN).
 */
public final class EmvKeys {

    private static final byte[] ALL_ONES = Hex.decode("FFFFFFFFFFFFFFFF");

    private EmvKeys() {
    }

    /** Option A: Y = the rightmost 16 digits of PAN ‖ PSN; MK = TDES(IMK, Y) ‖ TDES(IMK, Y ⊕ FF..FF), odd parity. */
    public static SecretBytes iccMasterKeyOptionA(SecretBytes imk, String pan, String psn) {
        String digits = panAndPsn(pan, psn);
        String y = digits.length() >= 16 ? digits.substring(digits.length() - 16) : "0".repeat(16 - digits.length()) + digits;
        return fromY(imk, Hex.decode(y));
    }

    /**
     * Option B, for PANs longer than 16 digits: Y = the first 16 decimalised digits of SHA-1(PAN ‖ PSN as BCD,
     * left-padded with 0 to an even length); shorter PANs use option A.
     */
    public static SecretBytes iccMasterKeyOptionB(SecretBytes imk, String pan, String psn) {
        if (pan.length() <= 16) {
            return iccMasterKeyOptionA(imk, pan, psn);
        }
        String digits = panAndPsn(pan, psn);
        if (digits.length() % 2 != 0) {
            digits = "0" + digits;
        }
        try {
            String hash = Hex.encode(MessageDigest.getInstance("SHA-1").digest(Hex.decode(digits)));
            return fromY(imk, Hex.decode(Decimalization.decimalize(hash, 16)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The EMV common session key: SK = TDES(MK, R with byte 2 = F0) ‖ TDES(MK, R with byte 2 = 0F). */
    public static SecretBytes commonSessionKey(SecretBytes masterKey, byte[] r) {
        if (r.length != 8) {
            throw new InvalidInputException("The session key diversification value has 8 bytes");
        }
        byte[] left = r.clone();
        left[2] = (byte) 0xF0;
        byte[] right = r.clone();
        right[2] = (byte) 0x0F;
        byte[] key = masterKey.copy();
        try {
            byte[] session = new byte[16];
            System.arraycopy(BlockCiphers.tdesEncryptEcb(key, left), 0, session, 0, 8);
            System.arraycopy(BlockCiphers.tdesEncryptEcb(key, right), 0, session, 8, 8);
            return SecretBytes.of(session);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The EMV common session key for an application transaction counter: R = ATC ‖ 00..00. */
    public static SecretBytes commonSessionKeyForAtc(SecretBytes masterKey, byte[] atc) {
        return commonSessionKey(masterKey, Arrays.copyOf(requireLength(atc, 2, "ATC"), 8));
    }

    /** Mastercard session key derivation: R = ATC ‖ 0000 ‖ unpredictable number. */
    public static SecretBytes mastercardSessionKey(SecretBytes masterKey, byte[] atc, byte[] unpredictableNumber) {
        byte[] r = new byte[8];
        System.arraycopy(requireLength(atc, 2, "ATC"), 0, r, 0, 2);
        System.arraycopy(requireLength(unpredictableNumber, 4, "UnpredictableNumber"), 0, r, 4, 4);
        return commonSessionKey(masterKey, r);
    }

    /**
     * The Visa secure-messaging session key: the ICC MK with the ATC XORed into the rightmost bytes of its left
     * half and the complemented ATC into those of its right half.
     */
    public static SecretBytes visaSecureMessagingSessionKey(SecretBytes masterKey, byte[] atc) {
        EmvKeys.requireLength(atc, 2, "ATC");
        byte[] key = masterKey.copy();
        try {
            key[6] ^= atc[0];
            key[7] ^= atc[1];
            key[14] ^= (byte) ~atc[0];
            key[15] ^= (byte) ~atc[1];
            return SecretBytes.of(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * The EMV2000 tree session key (EMV 4.x Book 2 A1.3.1, branch factor b, height H):
     * IK(0,0) = MK, IK(-1,0) = IV, IK(i,j) = F(IK(i-1, j div b), IK(i-2, j div b²), j mod b) with
     * F(X, Y, j) = TDES(X, Y_L ⊕ j) ‖ TDES(X, Y_R ⊕ j ⊕ F0), and SK = F(IK(H-1, ATC div b), IK(H-2, ATC div b²),
     * ATC mod b) ⊕ IK(H-2, ATC div b²), with odd parity.
     */
    public static SecretBytes emv2000TreeSessionKey(SecretBytes masterKey, byte[] atc, int height, int branchFactor,
                                                    byte[] iv) {
        EmvKeys.requireLength(atc, 2, "ATC");
        EmvKeys.requireLength(iv, 16, "IV");
        if (height < 2 || branchFactor < 2 || Math.pow(branchFactor, height) < 65536) {
            throw new InvalidInputException("The tree must cover every ATC value");
        }
        int counter = ((atc[0] & 0xFF) << 8) | (atc[1] & 0xFF);
        byte[][] parents = treeNode(masterKey.copy(), iv, counter / branchFactor, height - 1, branchFactor);
        byte[] sessionKey = KeyMaterialGenerator.withOddParity(
                BlockCiphers.xor(treeStep(parents[0], parents[1], counter % branchFactor), parents[1]));
        try {
            return SecretBytes.of(sessionKey);
        } finally {
            Arrays.fill(sessionKey, (byte) 0);
            Arrays.fill(parents[0], (byte) 0);
            Arrays.fill(parents[1], (byte) 0);
        }
    }

    /** {IK(level, j), IK(level-1, j div b)}. */
    private static byte[][] treeNode(byte[] masterKey, byte[] iv, int j, int level, int branchFactor) {
        if (level == 0) {
            return new byte[][] {masterKey, iv.clone()};
        }
        byte[][] parent = treeNode(masterKey, iv, j / branchFactor, level - 1, branchFactor);
        return new byte[][] {treeStep(parent[0], parent[1], j % branchFactor), parent[0]};
    }

    private static byte[] treeStep(byte[] x, byte[] y, int j) {
        byte[] left = Arrays.copyOfRange(y, 0, 8);
        byte[] right = Arrays.copyOfRange(y, 8, 16);
        left[7] ^= (byte) j;
        right[7] ^= (byte) (j ^ 0xF0);
        byte[] out = new byte[16];
        System.arraycopy(BlockCiphers.tdesEncryptEcb(x, left), 0, out, 0, 8);
        System.arraycopy(BlockCiphers.tdesEncryptEcb(x, right), 0, out, 8, 8);
        return out;
    }

    private static SecretBytes fromY(SecretBytes imk, byte[] y) {
        byte[] key = imk.copy();
        try {
            byte[] mk = new byte[16];
            System.arraycopy(BlockCiphers.tdesEncryptEcb(key, y), 0, mk, 0, 8);
            System.arraycopy(BlockCiphers.tdesEncryptEcb(key, BlockCiphers.xor(y, ALL_ONES)), 0, mk, 8, 8);
            return SecretBytes.of(KeyMaterialGenerator.withOddParity(mk));
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static String panAndPsn(String pan, String psn) {
        if (pan == null || pan.isEmpty() || pan.length() > 19 || !pan.chars().allMatch(Character::isDigit)) {
            throw new InvalidInputException("PrimaryAccountNumber must be up to 19 decimal digits");
        }
        String sequence = psn == null ? "00" : psn;
        if (sequence.length() != 2 || !sequence.chars().allMatch(Character::isDigit)) {
            throw new InvalidInputException("PanSequenceNumber must be 2 decimal digits");
        }
        return pan + sequence;
    }

    static byte[] requireLength(byte[] value, int length, String field) {
        if (value == null || value.length != length) {
            throw new InvalidInputException(field + " must have " + length + " bytes");
        }
        return value;
    }
}
