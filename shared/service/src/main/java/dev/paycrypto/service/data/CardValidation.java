package dev.paycrypto.service.data;

import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.card.CardVerificationValues;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.keys.KeyUsage;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.service.errors.ValidationException;
import dev.paycrypto.service.keys.KeyRequirement;
import dev.paycrypto.service.keys.UsableKeys;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Input;
import java.util.Set;

/**
 * The card validation data that GenerateCardValidationData and VerifyCardValidationData share: which key each
 * union member needs, and the value it computes. CVV (CardVerificationValue1; iCVV is the same with service code
 * 999) and CVV2 (CardVerificationValue2, service code 000) use the Visa/Mastercard CVV algorithm under a
 * double-length TDES card verification key.
 */
public final class CardValidation {

    /** A computed value with the key that computed it. */
    public record Result(StoredKey key, String value) {
    }

    private static final Set<KeyAlgorithm> CVV_ALGORITHMS = Set.of(KeyAlgorithm.TDES_2KEY);

    private CardValidation() {
    }

    public static Result compute(Call call, Input attributes, String attributesMember, int length, KeyModesOfUse mode) {
        String scheme = attributes.unionMember();
        Input parameters = attributes.object(scheme);
        String pan = call.input().string("PrimaryAccountNumber");
        return switch (scheme) {
            case "CardVerificationValue1" -> cvv(call, mode, pan, parameters.string("CardExpiryDate"),
                    parameters.string("ServiceCode"), length);
            case "CardVerificationValue2" -> cvv(call, mode, pan, parameters.string("CardExpiryDate"), "000", length);
            default -> throw new ValidationException(attributesMember + "." + scheme
                    + " is not available on this server; use CardVerificationValue1 or CardVerificationValue2");
        };
    }

    private static Result cvv(Call call, KeyModesOfUse mode, String pan, String expiry, String serviceCode,
                              int length) {
        KeyRequirement requirement = new KeyRequirement(Set.of(KeyUsage.TR31_C0_CARD_VERIFICATION_KEY),
                CVV_ALGORITHMS, mode);
        UsableKeys.Opened opened = UsableKeys.openSymmetric(call, call.input().string("KeyIdentifier"), requirement);
        SecretBytes cvk = opened.key();
        try {
            return new Result(opened.stored(), CardVerificationValues.cvv(cvk, pan, expiry, serviceCode, length));
        } catch (InvalidInputException e) {
            throw new ValidationException(e.getMessage());
        } finally {
            cvk.wipe();
        }
    }
}
