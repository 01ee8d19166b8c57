package dev.paycrypto.crypto.card;

import dev.paycrypto.crypto.BlockCiphers;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.SecretBytes;
import java.util.Arrays;

/**
 * The Visa/Mastercard card verification value algorithm behind CVV, CVV2 (service code 000), iCVV (service code
 * 999) and CVC: PAN ‖ expiry ‖ service code, zero-padded to 32 digits, as two blocks B1 and B2;
 * TDES-ECB(KA‖KB, DES(KA, B1) ⊕ B2); then decimalisation (decimal digits in order, then A–F as 0–5).
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
        if (digits < 3 || digits > 5) {
            throw new InvalidInputException("The validation data length must be 3 to 5 digits");
        }
        StringBuilder data = new StringBuilder(32).append(pan).append(expiry).append(serviceCode);
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
