package dev.paycrypto.app.emv;

import dev.paycrypto.api.data.AmexAttributes;
import dev.paycrypto.api.data.CurrentPinAttributes;
import dev.paycrypto.api.data.DerivationMethodAttributes;
import dev.paycrypto.api.data.Emv2000Attributes;
import dev.paycrypto.api.data.EmvCommonAttributes;
import dev.paycrypto.api.data.EmvEncryptionMode;
import dev.paycrypto.api.data.GenerateMacEmvPinChangeInput;
import dev.paycrypto.api.data.GenerateMacEmvPinChangeOutput;
import dev.paycrypto.api.data.MajorKeyDerivationMode;
import dev.paycrypto.api.data.MasterCardAttributes;
import dev.paycrypto.api.data.PinBlockLengthPosition;
import dev.paycrypto.api.data.PinBlockPaddingType;
import dev.paycrypto.api.data.SessionKeyDerivationMode;
import dev.paycrypto.api.data.VisaAmexDerivationOutputs;
import dev.paycrypto.api.data.VisaAttributes;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.KeyRequirements;
import dev.paycrypto.app.keys.UsableKey;
import dev.paycrypto.app.keys.WorkingKeys;
import dev.paycrypto.app.pin.EncryptedPinBlocks.OpenedPin;
import dev.paycrypto.app.pin.EncryptedPinBlocks;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.emv.PinChangeScript;
import dev.paycrypto.crypto.emv.SecureMessaging;
import dev.paycrypto.crypto.pin.PinBlockFormat;

/**
 * GenerateMacEmvPinChange: the offline PIN change issuer script. The new PIN, opened from its PIN block under the
 * new-PIN PEK, is put in the card's PIN block — ISO 9564-1 format 2 for EMV common, Mastercard and EMV2000; the
 * VIS PIN block (with the card's AC master key, and the current PIN when given) for Visa and Amex — enciphered
 * under the confidentiality session key (E1), and the MAC of the message data followed by that enciphered block
 * is computed under the integrity session key (E2), as the card checks the script command. The clear PIN never
 * leaves this class; the response carries only the enciphered block and the MAC.
 */
public final class PinChangeScripts {

    private static final String FIELD = "DerivationMethodAttributes";

    private final WorkingKeys keys;
    private final EncryptedPinBlocks pinBlocks;
    private final SecureMessagingKeys secureMessaging;

    public PinChangeScripts(WorkingKeys keys, EncryptedPinBlocks pinBlocks, SecureMessagingKeys secureMessaging) {
        this.keys = keys;
        this.pinBlocks = pinBlocks;
        this.secureMessaging = secureMessaging;
    }

    public GenerateMacEmvPinChangeOutput generate(GenerateMacEmvPinChangeInput request, CallContext context) {
        DerivationMethodAttributes attributes = request.derivationMethodAttributes();
        Scheme scheme = scheme(attributes);
        SecureMessagingKeys.Derivation derivation = scheme.derivation();
        PinBlockFormat format = PinBlockFormat.valueOf(request.pinBlockFormat().name());
        try (OpenedPin newPin = pinBlocks.open(context, WorkingKeys.Source.stored(request.newPinPekIdentifier()),
                format, request.newEncryptedPinBlock(), derivation.pan());
             CardPinBlock cardPinBlock = scheme.authorizationRequestKeyIdentifier() != null
                     ? visaPinBlock(context, scheme, format)
                     : new CardPinBlock(PinChangeScript.CardPinBlock.iso9564Format2(), null);
             UsableKey confidentiality = secureMessaging.sessionKey(context,
                     request.secureMessagingConfidentialityKeyIdentifier(),
                     KeyRequirements.EMV_SECURE_MESSAGING_CONFIDENTIALITY, derivation, FIELD);
             UsableKey integrity = secureMessaging.sessionKey(context,
                     request.secureMessagingIntegrityKeyIdentifier(), KeyRequirements.EMV_SECURE_MESSAGING_INTEGRITY,
                     derivation, FIELD)) {
            PinChangeScript.Result script = PinChangeScript.generate(newPin.pin(), cardPinBlock.block(),
                    confidentiality.key(), scheme.encipherment(), integrity.key(), Hex.decode(request.messageData()));
            return new GenerateMacEmvPinChangeOutput(newPin.key().keyArn(), integrity.keyArn(),
                    confidentiality.keyArn(), Hex.encode(script.mac()), Hex.encode(script.encipheredPinBlock()),
                    newPin.key().keyCheckValue(),
                    integrity.keyCheckValue(), confidentiality.keyCheckValue(), cardPinBlock.outputs());
        } catch (CryptoException e) {
            throw new ValidationException(FIELD + "." + attributes.memberName() + ": " + e.getMessage());
        }
    }

    /** The card's PIN block, with what the Visa and Amex derivation used; closing wipes its secrets. */
    private record CardPinBlock(PinChangeScript.CardPinBlock block, VisaAmexDerivationOutputs outputs)
            implements AutoCloseable {
        @Override
        public void close() {
            block.close();
        }
    }

    /**
     * VIS (and Amex): the card's AC master key, from the authorization request key, keys the PIN block; the current
     * PIN, when given, is opened from its own block and folded in.
     */
    private CardPinBlock visaPinBlock(CallContext context, Scheme scheme, PinBlockFormat format) {
        SecureMessagingKeys.Derivation derivation = scheme.derivation();
        UsableKey cardKey;
        try (UsableKey issuer = keys.stored(context, scheme.authorizationRequestKeyIdentifier(),
                KeyRequirements.EMV_PIN_CHANGE_CRYPTOGRAMS)) {
            cardKey = new UsableKey(issuer.stored(), SecureMessagingKeys.iccMasterKey(issuer.key(),
                    derivation.optionB(), derivation.pan(), derivation.panSequenceNumber()));
        }
        CurrentPinAttributes currentPin = scheme.currentPin();
        try (cardKey; OpenedPin current = currentPin == null ? null : pinBlocks.open(context,
                WorkingKeys.Source.stored(currentPin.currentPinPekIdentifier()), format,
                currentPin.currentEncryptedPinBlock(), derivation.pan())) {
            VisaAmexDerivationOutputs outputs = new VisaAmexDerivationOutputs(cardKey.keyArn(),
                    cardKey.keyCheckValue(), current == null ? null : current.key().keyArn(),
                    current == null ? null : current.key().keyCheckValue());
            return new CardPinBlock(PinChangeScript.CardPinBlock.vis(cardKey.key(),
                    current == null ? null : current.pin()), outputs);
        }
    }

    /**
     * What a scheme member says: how its session keys are derived, the Visa/Amex authorization request key and
     * current PIN (absent for the others), and how the block is framed — Visa and Amex VIS-style, Mastercard
     * M/Chip-style, EMV2000 as the CCD; EMV common says how.
     */
    private record Scheme(SecureMessagingKeys.Derivation derivation, String authorizationRequestKeyIdentifier,
                          CurrentPinAttributes currentPin, SecureMessaging.Encipherment encipherment) {
    }

    private static Scheme scheme(DerivationMethodAttributes attributes) {
        if (attributes instanceof EmvCommonAttributes emv) {
            return new Scheme(derivation(emv.majorKeyDerivationMode(), emv.primaryAccountNumber(),
                    emv.panSequenceNumber(), SessionKeyDerivationMode.EMV_COMMON_SESSION_KEY,
                    emv.applicationCryptogram(), null), null, null, new SecureMessaging.Encipherment(
                    emv.mode() == EmvEncryptionMode.CBC,
                    emv.pinBlockLengthPosition() == PinBlockLengthPosition.FRONT_OF_PIN_BLOCK,
                    emv.pinBlockPaddingType() == PinBlockPaddingType.ISO_IEC_7816_4
                            ? SecureMessaging.Padding.ALWAYS : SecureMessaging.Padding.NONE));
        }
        if (attributes instanceof MasterCardAttributes mastercard) {
            return new Scheme(derivation(mastercard.majorKeyDerivationMode(), mastercard.primaryAccountNumber(),
                    mastercard.panSequenceNumber(), SessionKeyDerivationMode.MASTERCARD_SESSION_KEY,
                    mastercard.applicationCryptogram(), null), null, null, SecureMessaging.Encipherment.MASTERCARD);
        }
        if (attributes instanceof Emv2000Attributes emv2000) {
            return new Scheme(derivation(emv2000.majorKeyDerivationMode(), emv2000.primaryAccountNumber(),
                    emv2000.panSequenceNumber(), SessionKeyDerivationMode.EMV2000, null,
                    emv2000.applicationTransactionCounter()), null, null, SecureMessaging.Encipherment.EMV);
        }
        if (attributes instanceof VisaAttributes visa) {
            return new Scheme(derivation(visa.majorKeyDerivationMode(), visa.primaryAccountNumber(),
                    visa.panSequenceNumber(), SessionKeyDerivationMode.VISA, null,
                    visa.applicationTransactionCounter()), visa.authorizationRequestKeyIdentifier(),
                    visa.currentPinAttributes(), SecureMessaging.Encipherment.VISA);
        }
        AmexAttributes amex = (AmexAttributes) attributes;
        return new Scheme(derivation(amex.majorKeyDerivationMode(), amex.primaryAccountNumber(),
                amex.panSequenceNumber(), SessionKeyDerivationMode.AMEX, null, amex.applicationTransactionCounter()),
                amex.authorizationRequestKeyIdentifier(), amex.currentPinAttributes(),
                SecureMessaging.Encipherment.VISA);
    }

    private static SecureMessagingKeys.Derivation derivation(MajorKeyDerivationMode major, String pan, String psn,
                                                             SessionKeyDerivationMode mode, String cryptogram,
                                                             String atc) {
        return new SecureMessagingKeys.Derivation(major == MajorKeyDerivationMode.EMV_OPTION_B, pan, psn, mode,
                cryptogram == null ? null : Hex.decode(cryptogram), atc == null ? null : Hex.decode(atc));
    }
}
