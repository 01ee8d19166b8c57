package dev.paycrypto.app.pin;

import dev.paycrypto.api.data.Ibm3624NaturalPin;
import dev.paycrypto.api.data.Ibm3624PinFromOffset;
import dev.paycrypto.api.data.Ibm3624PinOffset;
import dev.paycrypto.api.data.Ibm3624PinVerification;
import dev.paycrypto.api.data.Ibm3624RandomPin;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.pin.PinVerificationValues;
import java.security.SecureRandom;

/**
 * The issuer's reference values of a PIN, as GeneratePinData produces and VerifyPinData checks them: the Visa PVV
 * under a TR31_V2 key, and the IBM 3624 natural PIN and offset under a TR31_V1 key (validation data padded on the
 * right with the pad character to 16).
 */
final class PinValues {

    /** The IBM 3624 members every IBM 3624 union member shares. */
    record Ibm3624(String decimalizationTable, String padCharacter, String validationData) {

        static Ibm3624 of(Ibm3624NaturalPin attributes) {
            return new Ibm3624(attributes.decimalizationTable(), attributes.pinValidationDataPadCharacter(),
                    attributes.pinValidationData());
        }

        static Ibm3624 of(Ibm3624RandomPin attributes) {
            return new Ibm3624(attributes.decimalizationTable(), attributes.pinValidationDataPadCharacter(),
                    attributes.pinValidationData());
        }

        static Ibm3624 of(Ibm3624PinFromOffset attributes) {
            return new Ibm3624(attributes.decimalizationTable(), attributes.pinValidationDataPadCharacter(),
                    attributes.pinValidationData());
        }

        static Ibm3624 of(Ibm3624PinOffset attributes) {
            return new Ibm3624(attributes.decimalizationTable(), attributes.pinValidationDataPadCharacter(),
                    attributes.pinValidationData());
        }

        static Ibm3624 of(Ibm3624PinVerification attributes) {
            return new Ibm3624(attributes.decimalizationTable(), attributes.pinValidationDataPadCharacter(),
                    attributes.pinValidationData());
        }
    }

    private PinValues() {
    }

    /** The Visa PVV of {@code pin}; {@code member} names the union member that asked for it. */
    static String visaPvv(SecretBytes pvk, String pan, Integer keyIndex, SecretBytes pin, String member) {
        if (pan == null) {
            throw new ValidationException("PrimaryAccountNumber is required for " + member);
        }
        return PinVerificationValues.visaPvv(pvk, pan, keyIndex, pin);
    }

    /** The IBM 3624 natural PIN of {@code pinLength} digits. */
    static String ibm3624NaturalPin(SecretBytes pvk, Ibm3624 data, int pinLength) {
        String padded = PinVerificationValues.ibm3624ValidationData(data.validationData(), 0,
                data.validationData().length(), data.padCharacter().charAt(0));
        return PinVerificationValues.ibm3624NaturalPin(pvk, padded, data.decimalizationTable(), pinLength);
    }

    /** The IBM 3624 offset of {@code pin} from its natural PIN. */
    static String ibm3624Offset(SecretBytes pvk, Ibm3624 data, SecretBytes pin) {
        return PinVerificationValues.ibm3624Offset(ibm3624NaturalPin(pvk, data, pin.length()), pin);
    }

    /** A PIN of {@code length} random decimal digits. */
    static SecretBytes randomPin(SecureRandom random, int length) {
        byte[] digits = new byte[length];
        for (int i = 0; i < length; i++) {
            digits[i] = (byte) ('0' + random.nextInt(10));
        }
        try {
            return SecretBytes.of(digits);
        } finally {
            java.util.Arrays.fill(digits, (byte) 0);
        }
    }
}
