package dev.paycrypto.app.pin;

import dev.paycrypto.api.data.As2805PekDerivationAttributes;
import dev.paycrypto.api.data.GeneratePinDataInput;
import dev.paycrypto.api.data.GeneratePinDataOutput;
import dev.paycrypto.api.data.Ibm3624NaturalPin;
import dev.paycrypto.api.data.Ibm3624PinFromOffset;
import dev.paycrypto.api.data.Ibm3624PinOffset;
import dev.paycrypto.api.data.Ibm3624PinVerification;
import dev.paycrypto.api.data.Ibm3624RandomPin;
import dev.paycrypto.api.data.PinData;
import dev.paycrypto.api.data.PinGenerationAttributes;
import dev.paycrypto.api.data.PinVerificationAttributes;
import dev.paycrypto.api.data.TranslatePinDataInput;
import dev.paycrypto.api.data.TranslatePinDataOutput;
import dev.paycrypto.api.data.TranslationIsoFormats;
import dev.paycrypto.api.data.TranslationPinDataAs2805Format0;
import dev.paycrypto.api.data.TranslationPinDataIsoFormat1;
import dev.paycrypto.api.data.VerifyPinDataInput;
import dev.paycrypto.api.data.VerifyPinDataOutput;
import dev.paycrypto.api.data.VisaPin;
import dev.paycrypto.api.data.VisaPinVerification;
import dev.paycrypto.api.data.VisaPinVerificationValue;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.errors.VerificationFailedException;
import dev.paycrypto.app.errors.VerificationFailedReason;
import dev.paycrypto.app.keys.DukptKeys;
import dev.paycrypto.app.keys.KeyRequirements;
import dev.paycrypto.app.keys.UsableKey;
import dev.paycrypto.app.keys.WorkingKeys;
import dev.paycrypto.app.pin.EncryptedPinBlocks.OpenedPin;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.pin.PinBlockFormat;
import dev.paycrypto.crypto.pin.PinVerificationValues;
import dev.paycrypto.keys.StoredKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * GeneratePinData, VerifyPinData and TranslatePinData. A PIN block's key may be a stored PEK, a PEK wrapped in the
 * request (a dynamic key) or, where the model allows it, a DUKPT PIN working key (X9.24-1 PIN variant for TDES,
 * X9.24-3 PIN encryption key for AES, which carries ISO format 4): all through {@link WorkingKeys}. Generated PINs
 * come from the injected random source and leave the service only encrypted; verification compares the issuer's
 * reference value (Visa PVV, IBM 3624 offset) in constant time. TranslatePinData with {@code IncomingAs2805Attributes}
 * opens the incoming block under the AS2805 transaction key derived from the incoming P0 key, STAN and amount;
 * {@code As2805Format0} is read and written as ISO 9564 format 0 (an assumption: no public definition).
 */
public final class Pins {

    private static final int DEFAULT_PIN_LENGTH = 4;

    private final WorkingKeys keys;
    private final EncryptedPinBlocks pinBlocks;
    private final SecureRandom random;

    public Pins(WorkingKeys keys, EncryptedPinBlocks pinBlocks, SecureRandom random) {
        this.keys = keys;
        this.pinBlocks = pinBlocks;
        this.random = random;
    }

    public GeneratePinDataOutput generate(GeneratePinDataInput request, CallContext context) {
        PinGenerationAttributes attributes = request.generationAttributes();
        PinBlockFormat format = PinBlockFormat.valueOf(request.pinBlockFormat().name());
        String pan = request.primaryAccountNumber();
        int pinLength = request.pinDataLength() == null ? DEFAULT_PIN_LENGTH : request.pinDataLength();
        WorkingKeys.Source pek = WorkingKeys.Source.storedOrWrapped(request.encryptionKeyIdentifier(),
                request.encryptionWrappedKey(), "EncryptionWrappedKey");
        boolean visa = attributes instanceof VisaPin || attributes instanceof VisaPinVerificationValue;
        String givenBlock = givenBlock(attributes);
        try (UsableKey pvk = keys.stored(context, request.generationKeyIdentifier(),
                visa ? KeyRequirements.VISA_PIN_GENERATE : KeyRequirements.IBM3624_PIN_GENERATE);
             OpenedPin pin = givenBlock != null ? pinBlocks.open(context, pek, format, givenBlock, pan)
                     : new OpenedPin(null, newPin(pvk.key(), attributes, pinLength))) {
            PinData pinData = visa
                    ? new PinData.VerificationValue(PinValues.visaPvv(pvk.key(), pan,
                    visaKeyIndex(attributes), pin.pin(), attributes.memberName()))
                    : new PinData.PinOffset(PinValues.ibm3624Offset(pvk.key(),
                    ibm3624(attributes), pin.pin()));
            EncryptedPinBlocks.Sealed sealed = givenBlock != null
                    ? new EncryptedPinBlocks.Sealed(pin.key(), givenBlock.toUpperCase())
                    : pinBlocks.seal(context, pek, format, pin.pin(), pan);
            return new GeneratePinDataOutput(pvk.keyArn(), pvk.keyCheckValue(), sealed.key().keyArn(),
                    sealed.key().keyCheckValue(), sealed.block(), pinData);
        } catch (CryptoException e) {
            throw new ValidationException("GenerationAttributes." + attributes.memberName() + ": " + e.getMessage());
        }
    }

    public VerifyPinDataOutput verify(VerifyPinDataInput request, CallContext context) {
        String pan = request.primaryAccountNumber();
        WorkingKeys.Source pek = WorkingKeys.Source.any(request.encryptionKeyIdentifier(),
                request.encryptionWrappedKey(), "EncryptionWrappedKey", request.dukptAttributes() == null ? null
                        : DukptKeys.Derivation.of(request.dukptAttributes()));
        try (OpenedPin pin = pinBlocks.open(context, pek, PinBlockFormat.valueOf(request.pinBlockFormat().name()),
                request.encryptedPinBlock(), pan)) {
            StoredKey pvk = verifyPin(context, request.verificationKeyIdentifier(),
                    request.verificationAttributes(), pan, pin.pin());
            return new VerifyPinDataOutput(pvk.keyArn(), pvk.keyCheckValue(), pin.key().keyArn(),
                    pin.key().keyCheckValue());
        }
    }

    public TranslatePinDataOutput translate(TranslatePinDataInput request, CallContext context) {
        As2805PekDerivationAttributes as2805 = request.incomingAs2805Attributes();
        if (as2805 != null && request.incomingDukptAttributes() != null) {
            throw new ValidationException("IncomingAs2805Attributes and IncomingDukptAttributes cannot be given"
                    + " together");
        }
        Side incoming = side(request.incomingTranslationAttributes(), "IncomingTranslationAttributes");
        Side outgoing = side(request.outgoingTranslationAttributes(), "OutgoingTranslationAttributes");
        if (incoming.pan() != null && outgoing.pan() != null && !incoming.pan().equals(outgoing.pan())) {
            throw new ValidationException("The incoming and outgoing PrimaryAccountNumber must be the same");
        }
        String pan = incoming.pan() != null ? incoming.pan() : outgoing.pan();
        WorkingKeys.Source from = WorkingKeys.Source.any(request.incomingKeyIdentifier(),
                request.incomingWrappedKey(), "IncomingWrappedKey", request.incomingDukptAttributes() == null ? null
                        : DukptKeys.Derivation.of(request.incomingDukptAttributes()));
        WorkingKeys.Source to = WorkingKeys.Source.any(request.outgoingKeyIdentifier(),
                request.outgoingWrappedKey(), "OutgoingWrappedKey", request.outgoingDukptAttributes() == null ? null
                        : DukptKeys.Derivation.of(request.outgoingDukptAttributes()));
        try (OpenedPin pin = as2805 == null ? pinBlocks.open(context, from, incoming.format(),
                request.encryptedPinBlock(), incoming.pan()) : pinBlocks.openAs2805(context, from, incoming.format(),
                request.encryptedPinBlock(), incoming.pan(), as2805.systemTraceAuditNumber(),
                as2805.transactionAmount())) {
            EncryptedPinBlocks.Sealed sealed = pinBlocks.seal(context, to, outgoing.format(), pin.pin(), pan);
            return new TranslatePinDataOutput(sealed.block(), sealed.key().keyArn(), sealed.key().keyCheckValue());
        }
    }

    /** The PIN a generation member makes: random, natural, or from its offset. */
    private SecretBytes newPin(SecretBytes pvk, PinGenerationAttributes attributes, int pinLength) {
        if (attributes instanceof Ibm3624NaturalPin natural) {
            return SecretBytes.of(PinValues.ibm3624NaturalPin(pvk, PinValues.Ibm3624.of(natural), pinLength)
                    .getBytes(StandardCharsets.US_ASCII));
        }
        if (attributes instanceof Ibm3624PinFromOffset fromOffset) {
            return PinVerificationValues.ibm3624PinFromOffset(PinValues.ibm3624NaturalPin(pvk,
                    PinValues.Ibm3624.of(fromOffset), fromOffset.pinOffset().length()), fromOffset.pinOffset());
        }
        return PinValues.randomPin(random, pinLength);
    }

    /** The PIN block a member gives to compute the reference value of (VisaPinVerificationValue, Ibm3624PinOffset). */
    private static String givenBlock(PinGenerationAttributes attributes) {
        if (attributes instanceof VisaPinVerificationValue visa) {
            return visa.encryptedPinBlock();
        }
        return attributes instanceof Ibm3624PinOffset offset ? offset.encryptedPinBlock() : null;
    }

    private static Integer visaKeyIndex(PinGenerationAttributes attributes) {
        return attributes instanceof VisaPin visa ? visa.pinVerificationKeyIndex()
                : ((VisaPinVerificationValue) attributes).pinVerificationKeyIndex();
    }

    private static PinValues.Ibm3624 ibm3624(PinGenerationAttributes attributes) {
        if (attributes instanceof Ibm3624NaturalPin natural) {
            return PinValues.Ibm3624.of(natural);
        }
        if (attributes instanceof Ibm3624RandomPin randomPin) {
            return PinValues.Ibm3624.of(randomPin);
        }
        if (attributes instanceof Ibm3624PinFromOffset fromOffset) {
            return PinValues.Ibm3624.of(fromOffset);
        }
        return PinValues.Ibm3624.of((Ibm3624PinOffset) attributes);
    }

    /** Checks the PIN against the issuer's reference value; returns the verification key. */
    private StoredKey verifyPin(CallContext context, String keyIdentifier, PinVerificationAttributes attributes,
                                String pan, SecretBytes pin) {
        boolean visa = attributes instanceof VisaPinVerification;
        try (UsableKey pvk = keys.stored(context, keyIdentifier,
                visa ? KeyRequirements.VISA_PIN_VERIFY : KeyRequirements.IBM3624_PIN_VERIFY)) {
            String expected;
            String presented;
            if (attributes instanceof VisaPinVerification visaPin) {
                expected = PinValues.visaPvv(pvk.key(), pan, visaPin.pinVerificationKeyIndex(), pin, attributes.memberName());
                presented = visaPin.verificationValue();
            } else {
                Ibm3624PinVerification ibm = (Ibm3624PinVerification) attributes;
                expected = PinValues.ibm3624Offset(pvk.key(), PinValues.Ibm3624.of(ibm), pin);
                presented = ibm.pinOffset();
            }
            if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    presented.getBytes(StandardCharsets.US_ASCII))) {
                throw new VerificationFailedException("Pin block verification failed.",
                        VerificationFailedReason.INVALID_PIN);
            }
            return pvk.stored();
        } catch (CryptoException e) {
            throw new ValidationException("VerificationAttributes." + attributes.memberName() + ": " + e.getMessage());
        }
    }

    /** One side of a translation: its ISO format and the PAN it names (none for format 1). */
    private record Side(PinBlockFormat format, String pan) {
    }

    private static Side side(TranslationIsoFormats attributes, String member) {
        if (attributes instanceof TranslationIsoFormats.IsoFormat0 iso0) {
            return new Side(PinBlockFormat.ISO_FORMAT_0, iso0.value().primaryAccountNumber());
        }
        if (attributes instanceof TranslationPinDataIsoFormat1) {
            return new Side(PinBlockFormat.ISO_FORMAT_1, null);
        }
        if (attributes instanceof TranslationIsoFormats.IsoFormat3 iso3) {
            return new Side(PinBlockFormat.ISO_FORMAT_3, iso3.value().primaryAccountNumber());
        }
        if (attributes instanceof TranslationIsoFormats.IsoFormat4 iso4) {
            return new Side(PinBlockFormat.ISO_FORMAT_4, iso4.value().primaryAccountNumber());
        }
        if (attributes instanceof TranslationPinDataAs2805Format0 as2805) {
            // Assumption: no public source defines the AS2805 format 0 block; AS 2805.3 follows ISO 9564, so it is
            // read and written as ISO 9564 format 0.
            return new Side(PinBlockFormat.ISO_FORMAT_0, as2805.primaryAccountNumber());
        }
        throw new ValidationException(member + "." + attributes.memberName()
                + " is not available on this server");
    }
}
