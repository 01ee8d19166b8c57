package dev.paycrypto.app.card;

import dev.paycrypto.api.Union;
import dev.paycrypto.api.data.CardGenerationAttributes;
import dev.paycrypto.api.data.CardVerificationAttributes;
import dev.paycrypto.api.data.CardVerificationValue1;
import dev.paycrypto.api.data.CardVerificationValue2;
import dev.paycrypto.api.data.DynamicCardVerificationCode;
import dev.paycrypto.api.data.DynamicCardVerificationValue;
import dev.paycrypto.api.data.GenerateCardValidationDataInput;
import dev.paycrypto.api.data.GenerateCardValidationDataOutput;
import dev.paycrypto.api.data.VerifyCardValidationDataInput;
import dev.paycrypto.api.data.VerifyCardValidationDataOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.errors.VerificationFailedException;
import dev.paycrypto.app.errors.VerificationFailedReason;
import dev.paycrypto.app.keys.KeyRequirements;
import dev.paycrypto.app.keys.KeySources;
import dev.paycrypto.app.keys.UsableKey;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.card.CardVerificationValues;
import dev.paycrypto.crypto.card.DynamicCardVerification;
import dev.paycrypto.crypto.emv.EmvKeys;
import dev.paycrypto.keys.StoredKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * GenerateCardValidationData and VerifyCardValidationData: card validation values computed under the key each
 * union member needs ({@link KeyRequirements}), and compared in constant time.
 * <ul>
 * <li>CardVerificationValue1 (CVV; iCVV is the same with service code 999) and CardVerificationValue2 (CVV2,
 * service code 000): the Visa/Mastercard CVV algorithm under a double-length TDES card verification key (C0).</li>
 * <li>DynamicCardVerificationValue (Visa dCVV): the CVV algorithm under the card's ICC master key, derived by EMV
 * option A from an issuer master key (E6 in the User Guide's key table; E4 in its dCVV walk-through, so both are
 * taken), with the ATC in place of the PAN's first four digits.</li>
 * <li>DynamicCardVerificationCode (Mastercard CVC3): under the ICC key derived by option A from an E4 issuer
 * master key, IVCVC3 from the track data, then CVC3 from the unpredictable number and ATC; its rightmost digits.</li>
 * </ul>
 */
public final class CardValidation {

    private static final int DEFAULT_LENGTH = 3;

    private final KeySources keys;

    public CardValidation(KeySources keys) {
        this.keys = keys;
    }

    public GenerateCardValidationDataOutput generate(GenerateCardValidationDataInput request, CallContext context) {
        int length = request.validationDataLength() == null ? DEFAULT_LENGTH : request.validationDataLength();
        Computed computed = compute(context, request.keyIdentifier(), request.primaryAccountNumber(),
                request.generationAttributes(), "GenerationAttributes", length, true);
        return new GenerateCardValidationDataOutput(computed.key().keyArn(), computed.key().keyCheckValue(),
                computed.value());
    }

    public VerifyCardValidationDataOutput verify(VerifyCardValidationDataInput request, CallContext context) {
        String presented = request.validationData();
        Computed expected = compute(context, request.keyIdentifier(), request.primaryAccountNumber(),
                request.verificationAttributes(), "VerificationAttributes", presented.length(), false);
        if (!MessageDigest.isEqual(expected.value().getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII))) {
            throw new VerificationFailedException("Card validation data verification failed",
                    VerificationFailedReason.INVALID_VALIDATION_DATA);
        }
        return new VerifyCardValidationDataOutput(expected.key().keyArn(), expected.key().keyCheckValue());
    }

    /** A computed value with the key (its ARN and check value) that computed it. */
    private record Computed(StoredKey key, String value) {
    }

    /**
     * The value of the scheme {@code attributes} chose. Both unions ({@link CardGenerationAttributes},
     * {@link CardVerificationAttributes}) share their member records, so one computation serves both.
     */
    private Computed compute(CallContext context, String keyIdentifier, String pan, Union attributes,
                             String attributesMember, int length, boolean generate) {
        KeyRequirements cvk = generate ? KeyRequirements.CARD_VERIFICATION_GENERATE
                : KeyRequirements.CARD_VERIFICATION_VERIFY;
        if (attributes instanceof CardVerificationValue1 cvv1) {
            return withKey(context, keyIdentifier, cvk, key -> CardVerificationValues.cvv(key, pan,
                    cvv1.cardExpiryDate(), cvv1.serviceCode(), length));
        }
        if (attributes instanceof CardVerificationValue2 cvv2) {
            return withKey(context, keyIdentifier, cvk, key -> CardVerificationValues.cvv(key, pan,
                    cvv2.cardExpiryDate(), "000", length));
        }
        if (attributes instanceof DynamicCardVerificationValue dcvv) {
            return withKey(context, keyIdentifier, KeyRequirements.DYNAMIC_CARD_VERIFICATION_VALUE,
                    key -> CardVerificationValues.dynamicCvv(key, pan, dcvv.panSequenceNumber(),
                            dcvv.cardExpiryDate(), dcvv.serviceCode(), dcvv.applicationTransactionCounter(), length));
        }
        if (attributes instanceof DynamicCardVerificationCode cvc3) {
            return withKey(context, keyIdentifier, KeyRequirements.DYNAMIC_CARD_VERIFICATION_CODE,
                    key -> cvc3(key, pan, cvc3, length));
        }
        // AmexCardSecurityCodeVersion1/2, DiscoverDynamicCardVerificationCode, CardHolderVerificationValue: their
        // schemes have not published these algorithms, and a guessed one would answer wrong values
        throw new ValidationException(attributesMember + "." + attributes.memberName()
                + " is not served: its card scheme has not published the algorithm, and this server does not guess"
                + " one; served are CardVerificationValue1, CardVerificationValue2, DynamicCardVerificationValue and"
                + " DynamicCardVerificationCode");
    }

    private static String cvc3(SecretBytes issuerKey, String pan, DynamicCardVerificationCode parameters,
                               int length) {
        SecretBytes icc = EmvKeys.iccMasterKeyOptionA(issuerKey, pan, parameters.panSequenceNumber());
        try {
            byte[] iv = DynamicCardVerification.ivCvc3(icc, Hex.decode(evenHex(parameters.trackData())));
            return DynamicCardVerification.cvc3(icc, iv, leftPadded(parameters.unpredictableNumber(), 4),
                    leftPadded(parameters.applicationTransactionCounter(), 2), length);
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

    private interface Algorithm {
        String apply(SecretBytes key);
    }

    private Computed withKey(CallContext context, String keyIdentifier, KeyRequirements requirement,
                             Algorithm algorithm) {
        try (UsableKey key = keys.symmetric(context, keyIdentifier, requirement)) {
            return new Computed(key.stored(), algorithm.apply(key.key()));
        }
    }
}
