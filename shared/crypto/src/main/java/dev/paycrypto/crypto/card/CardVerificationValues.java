package dev.paycrypto.crypto.card;

import dev.paycrypto.crypto.BlockCiphers;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.emv.EmvKeys;
import java.util.Arrays;
import java.util.Locale;

/**
 * The Visa/Mastercard card verification value algorithm behind CVV, CVV2 (service code 000), iCVV (service code
 * 999) and CVC: PAN ‖ expiry ‖ service code, zero-padded to 32 digits, as two blocks B1 and B2;
 * TDES-ECB(KA‖KB, DES(KA, B1) ⊕ B2); then decimalisation (decimal digits in order, then A–F as 0–5). Visa's
 * dynamic CVV is the same algorithm over transaction-specific inputs.
 */
public final class CardVerificationValues {

    private CardVerificationValues() {
    }

    public static String cvv(SecretBytes cvk, String pan, String expiry, String serviceCode, int digits) {
        if (cvk.length() != 16) {
            throw new InvalidInputException("The card verification key must be a double-length TDES key");
        }
        requireDigits(pan, 12, 19, "PrimaryAccountNumber");
        requireDigits(expiry, 4, 4, "CardExpiryDate");
        requireDigits(serviceCode, 3, 3, "ServiceCode");
        requireLength(digits);
        return compute(cvk, pan, expiry, serviceCode, digits);
    }

    /**
     * Visa's dynamic CVV (dCVV, contactless magnetic-stripe data): the CVV algorithm under the card's ICC master
     * key (derived from the issuer's master key by EMV option A with the PAN sequence number), with the
     * application transaction counter, as four hex digits, in place of the first four digits of the PAN. Known
     * answers: jPOS JCESecurityModule's dCVV test data.
     */
    public static String dynamicCvv(SecretBytes issuerMasterKey, String pan, String panSequenceNumber, String expiry,
                                    String serviceCode, String atc, int digits) {
        if (issuerMasterKey.length() != 16) {
            throw new InvalidInputException("The dCVV issuer master key must be a double-length TDES key");
        }
        requireDigits(pan, 12, 19, "PrimaryAccountNumber");
        requireDigits(panSequenceNumber, 2, 2, "PanSequenceNumber");
        requireDigits(expiry, 4, 4, "CardExpiryDate");
        requireDigits(serviceCode, 3, 3, "ServiceCode");
        if (atc == null || atc.isEmpty() || atc.length() > 4 || !Hex.isHex(atc)) {
            throw new InvalidInputException("ApplicationTransactionCounter must be 1 to 4 hex digits");
        }
        requireLength(digits);
        SecretBytes iccMasterKey = EmvKeys.iccMasterKeyOptionA(issuerMasterKey, pan, panSequenceNumber);
        try {
            String counter = "0".repeat(4 - atc.length()) + atc.toUpperCase(Locale.ROOT);
            return compute(iccMasterKey, counter + pan.substring(4), expiry, serviceCode, digits);
        } finally {
            iccMasterKey.wipe();
        }
    }

    private static void requireLength(int digits) {
        if (digits < 3 || digits > 5) {
            throw new InvalidInputException("The validation data length must be 3 to 5 digits");
        }
    }

    /** The algorithm itself, over hex-digit account data that has already been checked. */
    private static String compute(SecretBytes cvk, String account, String expiry, String serviceCode, int digits) {
        StringBuilder data = new StringBuilder(32).append(account).append(expiry).append(serviceCode);
        while (data.length() < 32) {
            data.append('0');
        }
        byte[] blocks = Hex.decode(data);
        byte[] key = cvk.copy();
        try {
            byte[] keyA = Arrays.copyOfRange(key, 0, 8);
            byte[] first = BlockCiphers.desEncryptEcb(keyA, Arrays.copyOfRange(blocks, 0, 8));
            byte[] chained = BlockCiphers.xor(first, Arrays.copyOfRange(blocks, 8, 16));
            byte[] result = BlockCiphers.tdesEncryptEcb(key, chained);
            Arrays.fill(keyA, (byte) 0);
            return Decimalization.decimalize(Hex.encode(result), digits);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    static void requireDigits(String value, int min, int max, String field) {
        if (value == null || value.length() < min || value.length() > max || !value.chars().allMatch(Character::isDigit)) {
            throw new InvalidInputException(field + " must be " + (min == max ? min : min + " to " + max)
                    + " decimal digits");
        }
    }
}
