package dev.paycrypto.service.data;

import dev.paycrypto.app.keys.KeyRequirements;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.pin.PinVerificationValues;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.errors.VerificationFailedException;
import dev.paycrypto.app.errors.VerificationFailedReason;
import dev.paycrypto.app.keys.KeyRequirement;
import dev.paycrypto.service.keys.UsableKeys;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Input;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.Set;

/**
 * PIN verification against the issuer's reference value: the Visa PVV under a TR31_V2 key, or the IBM 3624
 * offset under a TR31_V1 key (validation data padded on the right with the pad character to 16). A mismatch is
 * {@code VerificationFailedException} with reason {@code INVALID_PIN}.
 */
public final class PinVerification {

    private static final Set<KeyAlgorithm> TDES = EnumSet.of(KeyAlgorithm.TDES_2KEY, KeyAlgorithm.TDES_3KEY);

    private PinVerification() {
    }

    /** Verifies the PIN; returns the verification key. */
    public static StoredKey verify(Call call, Input attributes, String pan, SecretBytes pin) {
        String kind = attributes.unionMember();
        Input parameters = attributes.object(kind);
        boolean visa = "VisaPin".equals(kind);
        KeyRequirement requirement = (visa ? KeyRequirements.VISA_PIN_VERIFY : KeyRequirements.IBM3624_PIN_VERIFY)
                .requirement();
        UsableKeys.Opened pvk = UsableKeys.openSymmetric(call, call.input().string("VerificationKeyIdentifier"),
                requirement);
        try {
            String expected;
            String presented;
            if (visa) {
                if (pan == null) {
                    throw new ValidationException("PrimaryAccountNumber is required for VisaPin");
                }
                expected = PinVerificationValues.visaPvv(pvk.key(), pan, parameters.optionalInt("PinVerificationKeyIndex")
                        .orElseThrow(), pin);
                presented = parameters.string("VerificationValue");
            } else {
                String validationData = parameters.string("PinValidationData");
                char pad = parameters.string("PinValidationDataPadCharacter").charAt(0);
                String padded = PinVerificationValues.ibm3624ValidationData(validationData, 0,
                        validationData.length(), pad);
                String natural = PinVerificationValues.ibm3624NaturalPin(pvk.key(), padded,
                        parameters.string("DecimalizationTable"), pin.length());
                expected = PinVerificationValues.ibm3624Offset(natural, pin);
                presented = parameters.string("PinOffset");
            }
            if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    presented.getBytes(StandardCharsets.US_ASCII))) {
                throw new VerificationFailedException("Pin block verification failed.", VerificationFailedReason.INVALID_PIN);
            }
            return pvk.stored();
        } catch (CryptoException e) {
            throw new ValidationException("VerificationAttributes." + kind + ": " + e.getMessage());
        } finally {
            pvk.key().wipe();
        }
    }
}
