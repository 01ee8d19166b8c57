package dev.paycrypto.service.data;

import dev.paycrypto.app.keys.KeyRequirements;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.card.CardVerificationValues;
import dev.paycrypto.crypto.card.DynamicCardVerification;
import dev.paycrypto.crypto.emv.EmvKeys;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.KeyRequirement;
import dev.paycrypto.service.keys.UsableKeys;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Input;
import java.util.Set;
import java.util.function.Function;

/**
 * The card validation data that GenerateCardValidationData and VerifyCardValidationData share: which key each
 * union member needs, and the value it computes.
 * <ul>
 * <li>CardVerificationValue1 (CVV; iCVV is the same with service code 999) and CardVerificationValue2 (CVV2,
 * service code 000): the Visa/Mastercard CVV algorithm under a double-length TDES card verification key (C0).</li>
 * <li>DynamicCardVerificationValue (Visa dCVV): the CVV algorithm under the card's ICC master key, derived by EMV
 * option A from an issuer master key (E6 in the User Guide's key table; E4 in its dCVV walk-through, so both are
 * taken), with the ATC in place of the PAN's first four digits.</li>
 * <li>DynamicCardVerificationCode (Mastercard CVC3): under the ICC key derived by option A from an E4 issuer
 * master key, IVCVC3 from the track data, then CVC3 from the unpredictable number and ATC; its rightmost digits.</li>
 * </ul>
 * The requirements follow "Key types for specific data operations": the card verification key generates or
 * verifies; the issuer master keys derive.
 */
public final class CardValidation {

    /** A computed value with the key that computed it. */
    public record Result(StoredKey key, String value) {
    }

    private static final Set<KeyAlgorithm> TDES_2KEY = Set.of(KeyAlgorithm.TDES_2KEY);
    private static final KeyRequirement DYNAMIC_CVV = KeyRequirements.DYNAMIC_CARD_VERIFICATION_VALUE.requirement();
    private static final KeyRequirement DYNAMIC_CVC = KeyRequirements.DYNAMIC_CARD_VERIFICATION_CODE.requirement();

    private CardValidation() {
    }

    public static Result compute(Call call, Input attributes, String attributesMember, int length, KeyModesOfUse mode) {
        String scheme = attributes.unionMember();
        Input parameters = attributes.object(scheme);
        String pan = call.input().string("PrimaryAccountNumber");
        KeyRequirement cvk = (mode.equals(KeyModesOfUse.GENERATE) ? KeyRequirements.CARD_VERIFICATION_GENERATE
                : KeyRequirements.CARD_VERIFICATION_VERIFY).requirement();
        return switch (scheme) {
            case "CardVerificationValue1" -> withKey(call, cvk, attributesMember, key -> CardVerificationValues.cvv(
                    key, pan, parameters.string("CardExpiryDate"), parameters.string("ServiceCode"), length));
            case "CardVerificationValue2" -> withKey(call, cvk, attributesMember, key -> CardVerificationValues.cvv(
                    key, pan, parameters.string("CardExpiryDate"), "000", length));
            case "DynamicCardVerificationValue" -> withKey(call, DYNAMIC_CVV, attributesMember,
                    key -> CardVerificationValues.dynamicCvv(key, pan, parameters.string("PanSequenceNumber"),
                            parameters.string("CardExpiryDate"), parameters.string("ServiceCode"),
                            parameters.string("ApplicationTransactionCounter"), length));
            case "DynamicCardVerificationCode" -> withKey(call, DYNAMIC_CVC, attributesMember,
                    key -> cvc3(key, pan, parameters, length));
            default -> throw new ValidationException(attributesMember + "." + scheme
                    + " is not available on this server; use CardVerificationValue1, CardVerificationValue2,"
                    + " DynamicCardVerificationValue or DynamicCardVerificationCode");
        };
    }

    private static String cvc3(SecretBytes issuerKey, String pan, Input parameters, int length) {
        SecretBytes icc = EmvKeys.iccMasterKeyOptionA(issuerKey, pan, parameters.string("PanSequenceNumber"));
        try {
            byte[] iv = DynamicCardVerification.ivCvc3(icc, Hex.decode(evenHex(parameters.string("TrackData"))));
            return DynamicCardVerification.cvc3(icc, iv, leftPadded(parameters.string("UnpredictableNumber"), 4),
                    leftPadded(parameters.string("ApplicationTransactionCounter"), 2), length);
        } finally {
            icc.wipe();
        }
    }

    /** A hex value the model allows to be shorter than its field, right-aligned in it. */
    private static byte[] leftPadded(String hex, int bytes) {
        return Hex.decode("0".repeat(2 * bytes - hex.length()) + hex);
    }

    /** Track data is a string of nibbles; an odd count is padded with F, as track 2 equivalent data is. */
    private static String evenHex(String hex) {
        return hex.length() % 2 == 0 ? hex : hex + "F";
    }

    private static Result withKey(Call call, KeyRequirement requirement, String attributesMember,
                                  Function<SecretBytes, String> algorithm) {
        UsableKeys.Opened opened = UsableKeys.openSymmetric(call, call.input().string("KeyIdentifier"), requirement);
        SecretBytes key = opened.key();
        try {
            return new Result(opened.stored(), algorithm.apply(key));
        } catch (CryptoException e) {
            throw new ValidationException(attributesMember + ": " + e.getMessage());
        } finally {
            key.wipe();
        }
    }
}
