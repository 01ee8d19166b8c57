package dev.paycrypto.crypto.pin;

import dev.paycrypto.crypto.BlockCiphers;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.card.Decimalization;
import java.util.Arrays;

/**
 * PIN verification values: the Visa PVV, and IBM 3624 natural PINs and offsets.
 *
 * <p>Visa PVV: the transformed security parameter (rightmost eleven PAN digits without the check digit, the PVK
 * index, the first four PIN digits) enciphered with TDES under the PVK, decimalised (digits, then A–F as 0–5),
 * first four. IBM 3624: the validation data enciphered under the PVK, each nibble mapped through the
 * decimalisation table; the leftmost PIN-length digits are the natural PIN; the offset is the digit-wise
 * difference modulo 10.
 */
public final class PinVerificationValues {

    private PinVerificationValues() {
    }

    public static String visaPvv(SecretBytes pvk, String pan, int pvki, SecretBytes pin) {
        if (pan == null || pan.length() < 12 || !pan.chars().allMatch(Character::isDigit)) {
            throw new InvalidInputException("PrimaryAccountNumber must be 12 to 19 decimal digits");
        }
        if (pvki < 0 || pvki > 9) {
            throw new InvalidInputException("PinVerificationKeyIndex must be 0 to 9");
        }
        char[] digits = PinBlocks.pinDigits(pin);
        String account = pan.substring(pan.length() - 12, pan.length() - 1);
        String tsp = account + pvki + new String(digits, 0, 4);
        Arrays.fill(digits, '0');
        byte[] key = pvk.copy();
        try {
            return Decimalization.decimalize(Hex.encode(BlockCiphers.tdesEncryptEcb(key, Hex.decode(tsp))), 4);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The IBM 3624 natural PIN of {@code pinLength} digits for 16 hex digits of validation data. */
    public static String ibm3624NaturalPin(SecretBytes pvk, String validationData, String decimalizationTable,
                                           int pinLength) {
        if (validationData.length() != 16 || !Hex.isHex(validationData)) {
            throw new InvalidInputException("PIN validation data must be 16 hexadecimal characters");
        }
        if (decimalizationTable.length() != 16 || !decimalizationTable.chars().allMatch(Character::isDigit)) {
            throw new InvalidInputException("DecimalizationTable must be 16 decimal digits");
        }
        if (pinLength < 4 || pinLength > 12) {
            throw new InvalidInputException("PinDataLength must be 4 to 12");
        }
        byte[] key = pvk.copy();
        try {
            String enciphered = Hex.encode(BlockCiphers.tdesEncryptEcb(key, Hex.decode(validationData)));
            StringBuilder natural = new StringBuilder(pinLength);
            for (int i = 0; i < pinLength; i++) {
                natural.append(decimalizationTable.charAt(Character.digit(enciphered.charAt(i), 16)));
            }
            return natural.toString();
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The offset that turns the natural PIN into the customer's PIN. */
    public static String ibm3624Offset(String naturalPin, SecretBytes pin) {
        char[] digits = PinBlocks.pinDigits(pin);
        try {
            if (digits.length != naturalPin.length()) {
                throw new InvalidInputException("The PIN and the natural PIN differ in length");
            }
            StringBuilder offset = new StringBuilder(digits.length);
            for (int i = 0; i < digits.length; i++) {
                offset.append((char) ('0' + Math.floorMod((digits[i] - '0') - (naturalPin.charAt(i) - '0'), 10)));
            }
            return offset.toString();
        } finally {
            Arrays.fill(digits, '0');
        }
    }

    /** The customer's PIN from a natural PIN and its offset. */
    public static SecretBytes ibm3624PinFromOffset(String naturalPin, String offset) {
        if (offset.length() != naturalPin.length() || !offset.chars().allMatch(Character::isDigit)) {
            throw new InvalidInputException("PinOffset must have as many decimal digits as the PIN");
        }
        byte[] pin = new byte[offset.length()];
        for (int i = 0; i < pin.length; i++) {
            pin[i] = (byte) ('0' + (naturalPin.charAt(i) - '0' + offset.charAt(i) - '0') % 10);
        }
        try {
            return SecretBytes.of(pin);
        } finally {
            Arrays.fill(pin, (byte) 0);
        }
    }

    /**
     * IBM 3624 validation data from a PAN, as the User Guide describes: {@code length} digits from {@code offset},
     * padded on the right with {@code padCharacter} to sixteen.
     */
    public static String ibm3624ValidationData(String pan, int offset, int length, char padCharacter) {
        if (offset < 0 || length < 1 || offset + length > pan.length() || length > 16) {
            throw new InvalidInputException("The PIN validation data does not fit the PAN");
        }
        StringBuilder data = new StringBuilder(pan.substring(offset, offset + length));
        while (data.length() < 16) {
            data.append(padCharacter);
        }
        return data.toString();
    }
}
