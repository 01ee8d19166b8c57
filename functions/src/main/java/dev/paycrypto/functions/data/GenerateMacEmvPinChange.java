package dev.paycrypto.functions.data;

import dev.paycrypto.app.keys.KeyRequirements;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.emv.PinChangeScript;
import dev.paycrypto.crypto.emv.SecureMessaging;
import dev.paycrypto.crypto.pin.PinBlockFormat;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.service.data.PinBlockDecryption;
import dev.paycrypto.service.data.SecureMessagingKeys;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.KeyRequirement;
import dev.paycrypto.service.keys.UsableKeys;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Input;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;
import java.util.Map;

/**
 * GenerateMacEmvPinChange: the offline PIN change issuer script. The new PIN, opened from its PIN block under the
 * new-PIN PEK, is put in the card's PIN block — ISO 9564-1 format 2 for EMV common, Mastercard and EMV2000; the
 * VIS PIN block (with the card's AC master key, and the current PIN when given) for Visa and Amex — enciphered
 * under the confidentiality session key (E1), and the MAC of the message data followed by that enciphered block
 * is computed under the integrity session key (E2), as the card checks the script command. The clear PIN never
 * leaves this function; the response carries only the enciphered block and the MAC.
 */
public final class GenerateMacEmvPinChange extends ApiFunction {

    private static final String FIELD = "DerivationMethodAttributes";
    private static final Map<String, String> SESSION_KEY_MODES = Map.of("EmvCommon", "EMV_COMMON_SESSION_KEY",
            "Mastercard", "MASTERCARD_SESSION_KEY", "Emv2000", "EMV2000", "Visa", "VISA", "Amex", "AMEX");
    private static final KeyRequirement CRYPTOGRAM_MASTER_KEY = KeyRequirements.EMV_PIN_CHANGE_CRYPTOGRAMS.requirement();

    public GenerateMacEmvPinChange() {
        super(Plane.DATA, "GenerateMacEmvPinChange");
    }

    public GenerateMacEmvPinChange(Services services) {
        super(Plane.DATA, "GenerateMacEmvPinChange", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        Input input = call.input();
        String scheme = input.object(FIELD).unionMember();
        Input attributes = input.object(FIELD).object(scheme);
        String pan = attributes.string("PrimaryAccountNumber");
        PinBlockFormat format = PinBlockFormat.valueOf(input.string("PinBlockFormat"));
        SecureMessagingKeys.Derivation derivation = new SecureMessagingKeys.Derivation(
                attributes.string("MajorKeyDerivationMode"), pan, attributes.string("PanSequenceNumber"),
                SESSION_KEY_MODES.get(scheme), attributes.optionalString("ApplicationCryptogram").map(Hex::decode)
                .orElse(null), attributes.optionalString("ApplicationTransactionCounter").map(Hex::decode).orElse(null));
        ObjectNode response = JsonNodeFactory.instance.objectNode();

        PinBlockDecryption.Opened newPin = PinBlockDecryption.open(call, input.string("NewPinPekIdentifier"), format,
                input.string("NewEncryptedPinBlock"), pan);
        try (newPin;
             PinChangeScript.CardPinBlock cardPinBlock = "Visa".equals(scheme) || "Amex".equals(scheme)
                     ? visaPinBlock(call, attributes, derivation, format, response)
                     : PinChangeScript.CardPinBlock.iso9564Format2();
             SecureMessagingKeys.SessionKey confidentiality = SecureMessagingKeys.derive(call,
                     input.string("SecureMessagingConfidentialityKeyIdentifier"),
                     KeyRequirements.EMV_SECURE_MESSAGING_CONFIDENTIALITY.requirement(), derivation, FIELD);
             SecureMessagingKeys.SessionKey integrity = SecureMessagingKeys.derive(call,
                     input.string("SecureMessagingIntegrityKeyIdentifier"),
                     KeyRequirements.EMV_SECURE_MESSAGING_INTEGRITY.requirement(), derivation, FIELD)) {
            PinChangeScript.Result script = PinChangeScript.generate(newPin.pin(), cardPinBlock, confidentiality.key(),
                    encipherment(scheme, attributes), integrity.key(), Hex.decode(input.string("MessageData")));

            response.put("NewPinPekArn", newPin.key().keyArn());
            response.put("NewPinPekKeyCheckValue", newPin.key().keyCheckValue());
            put(response, "SecureMessagingIntegrityKey", integrity.issuerKey());
            put(response, "SecureMessagingConfidentialityKey", confidentiality.issuerKey());
            response.put("EncryptedPinBlock", Hex.encode(script.encipheredPinBlock()));
            response.put("Mac", Hex.encode(script.mac()));
            return response;
        } catch (CryptoException e) {
            throw new ValidationException(FIELD + "." + scheme + ": " + e.getMessage());
        }
    }

    /**
     * VIS (and Amex): the card's AC master key, from the authorization request key, keys the PIN block; the current
     * PIN, when given, is opened from its own block and folded in.
     */
    private static PinChangeScript.CardPinBlock visaPinBlock(Call call, Input attributes,
                                                             SecureMessagingKeys.Derivation derivation,
                                                             PinBlockFormat format, ObjectNode response) {
        UsableKeys.Opened issuer = UsableKeys.openSymmetric(call, attributes.string("AuthorizationRequestKeyIdentifier"),
                CRYPTOGRAM_MASTER_KEY);
        SecretBytes cardKey;
        try (SecretBytes issuerKey = issuer.key()) {
            cardKey = SecureMessagingKeys.iccMasterKey(issuerKey, derivation);
        }
        try (cardKey) {
            ObjectNode outputs = response.putObject("VisaAmexDerivationOutputs");
            outputs.put("AuthorizationRequestKeyArn", issuer.stored().keyArn());
            outputs.put("AuthorizationRequestKeyCheckValue", issuer.stored().keyCheckValue());
            PinBlockDecryption.Opened current = attributes.optionalObject("CurrentPinAttributes")
                    .map(currentPin -> PinBlockDecryption.open(call, currentPin.string("CurrentPinPekIdentifier"),
                            format, currentPin.string("CurrentEncryptedPinBlock"), derivation.pan()))
                    .orElse(null);
            try (current) {
                if (current != null) {
                    outputs.put("CurrentPinPekArn", current.key().keyArn());
                    outputs.put("CurrentPinPekKeyCheckValue", current.key().keyCheckValue());
                }
                return PinChangeScript.CardPinBlock.vis(cardKey, current == null ? null : current.pin());
            }
        }
    }

    /** Visa and Amex frame the block VIS-style, Mastercard M/Chip-style, EMV2000 as the CCD; EMV common says how. */
    private static SecureMessaging.Encipherment encipherment(String scheme, Input attributes) {
        return switch (scheme) {
            case "Visa", "Amex" -> SecureMessaging.Encipherment.VISA;
            case "Mastercard" -> SecureMessaging.Encipherment.MASTERCARD;
            case "Emv2000" -> SecureMessaging.Encipherment.EMV;
            default -> new SecureMessaging.Encipherment("CBC".equals(attributes.string("Mode")),
                    "FRONT_OF_PIN_BLOCK".equals(attributes.string("PinBlockLengthPosition")),
                    "ISO_IEC_7816_4".equals(attributes.string("PinBlockPaddingType"))
                            ? SecureMessaging.Padding.ALWAYS : SecureMessaging.Padding.NONE);
        };
    }

    private static void put(ObjectNode response, String prefix, StoredKey key) {
        response.put(prefix + "Arn", key.keyArn());
        response.put(prefix + "CheckValue", key.keyCheckValue());
    }
}
