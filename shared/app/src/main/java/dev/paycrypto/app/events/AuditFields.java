package dev.paycrypto.app.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * What an audit record keeps of each operation's request and response: one allow-list, in this one class.
 * A request member not listed for its operation is left out. Listed members are kept as they are, or with the PAN
 * masked to its first six and last four digits, or — for the attribute unions, whose values carry card data, PIN
 * blocks and cryptograms — reduced to the name of the member chosen. Responses keep key ARNs, check values, key
 * states and alias names only: never key material, PINs, PIN blocks, CVVs, MACs, cryptograms or import tokens.
 */
public final class AuditFields {

    /** How a kept request member is written. */
    enum Treatment {
        KEEP, MASK_PAN, CHOICE_ONLY
    }

    private static final Map<String, Treatment> KEY = Map.of("KeyIdentifier", Treatment.KEEP);

    private static final Map<String, Map<String, Treatment>> REQUEST = Map.ofEntries(
            Map.entry("CreateKey", Map.of("KeyAttributes", Treatment.KEEP, "KeyCheckValueAlgorithm", Treatment.KEEP,
                    "Exportable", Treatment.KEEP, "Enabled", Treatment.KEEP, "Tags", Treatment.KEEP,
                    "DeriveKeyUsage", Treatment.KEEP, "ReplicationRegions", Treatment.KEEP)),
            Map.entry("GetKey", KEY),
            Map.entry("DeleteKey", Map.of("KeyIdentifier", Treatment.KEEP, "DeleteKeyInDays", Treatment.KEEP)),
            Map.entry("RestoreKey", KEY),
            Map.entry("StartKeyUsage", KEY),
            Map.entry("StopKeyUsage", KEY),
            Map.entry("ListKeys", Map.of("KeyState", Treatment.KEEP, "MaxResults", Treatment.KEEP)),
            Map.entry("AddKeyReplicationRegions", Map.of("KeyIdentifier", Treatment.KEEP,
                    "ReplicationRegions", Treatment.KEEP)),
            Map.entry("RemoveKeyReplicationRegions", Map.of("KeyIdentifier", Treatment.KEEP,
                    "ReplicationRegions", Treatment.KEEP)),
            Map.entry("EnableDefaultKeyReplicationRegions", Map.of("ReplicationRegions", Treatment.KEEP)),
            Map.entry("DisableDefaultKeyReplicationRegions", Map.of("ReplicationRegions", Treatment.KEEP)),
            Map.entry("CreateAlias", Map.of("AliasName", Treatment.KEEP, "KeyArn", Treatment.KEEP)),
            Map.entry("GetAlias", Map.of("AliasName", Treatment.KEEP)),
            Map.entry("UpdateAlias", Map.of("AliasName", Treatment.KEEP, "KeyArn", Treatment.KEEP)),
            Map.entry("DeleteAlias", Map.of("AliasName", Treatment.KEEP)),
            Map.entry("ListAliases", Map.of("KeyArn", Treatment.KEEP, "MaxResults", Treatment.KEEP)),
            Map.entry("TagResource", Map.of("ResourceArn", Treatment.KEEP, "Tags", Treatment.KEEP)),
            Map.entry("UntagResource", Map.of("ResourceArn", Treatment.KEEP, "TagKeys", Treatment.KEEP)),
            Map.entry("ListTagsForResource", Map.of("ResourceArn", Treatment.KEEP)),
            Map.entry("GetParametersForImport", Map.of("KeyMaterialType", Treatment.KEEP,
                    "WrappingKeyAlgorithm", Treatment.KEEP)),
            Map.entry("GetParametersForExport", Map.of("KeyMaterialType", Treatment.KEEP,
                    "SigningKeyAlgorithm", Treatment.KEEP)),
            Map.entry("ExportKey", Map.of("ExportKeyIdentifier", Treatment.KEEP, "KeyMaterial", Treatment.CHOICE_ONLY,
                    "ExportAttributes", Treatment.CHOICE_ONLY)),
            Map.entry("GetPublicKeyCertificate", KEY),
            Map.entry("GetCertificateSigningRequest", Map.of("KeyIdentifier", Treatment.KEEP,
                    "SigningAlgorithm", Treatment.KEEP)),
            Map.entry("ImportKey", Map.of("KeyMaterial", Treatment.CHOICE_ONLY, "KeyCheckValueAlgorithm",
                    Treatment.KEEP, "Enabled", Treatment.KEEP, "Tags", Treatment.KEEP)),
            Map.entry("GenerateCardValidationData", Map.of("KeyIdentifier", Treatment.KEEP,
                    "PrimaryAccountNumber", Treatment.MASK_PAN, "GenerationAttributes", Treatment.CHOICE_ONLY,
                    "ValidationDataLength", Treatment.KEEP)),
            Map.entry("VerifyCardValidationData", Map.of("KeyIdentifier", Treatment.KEEP,
                    "PrimaryAccountNumber", Treatment.MASK_PAN, "VerificationAttributes", Treatment.CHOICE_ONLY)),
            Map.entry("GenerateMac", Map.of("KeyIdentifier", Treatment.KEEP,
                    "GenerationAttributes", Treatment.CHOICE_ONLY, "MacLength", Treatment.KEEP)),
            Map.entry("VerifyMac", Map.of("KeyIdentifier", Treatment.KEEP,
                    "VerificationAttributes", Treatment.CHOICE_ONLY, "MacLength", Treatment.KEEP)),
            Map.entry("EncryptData", Map.of("KeyIdentifier", Treatment.KEEP,
                    "EncryptionAttributes", Treatment.CHOICE_ONLY, "WrappedKey", Treatment.CHOICE_ONLY)),
            Map.entry("DecryptData", Map.of("KeyIdentifier", Treatment.KEEP,
                    "DecryptionAttributes", Treatment.CHOICE_ONLY, "WrappedKey", Treatment.CHOICE_ONLY)),
            Map.entry("ReEncryptData", Map.of("IncomingKeyIdentifier", Treatment.KEEP,
                    "OutgoingKeyIdentifier", Treatment.KEEP, "IncomingEncryptionAttributes", Treatment.CHOICE_ONLY,
                    "OutgoingEncryptionAttributes", Treatment.CHOICE_ONLY)),
            Map.entry("GeneratePinData", Map.of("GenerationKeyIdentifier", Treatment.KEEP,
                    "EncryptionKeyIdentifier", Treatment.KEEP, "GenerationAttributes", Treatment.CHOICE_ONLY,
                    "PinBlockFormat", Treatment.KEEP, "PinDataLength", Treatment.KEEP,
                    "PrimaryAccountNumber", Treatment.MASK_PAN)),
            Map.entry("VerifyPinData", Map.of("VerificationKeyIdentifier", Treatment.KEEP,
                    "EncryptionKeyIdentifier", Treatment.KEEP, "VerificationAttributes", Treatment.CHOICE_ONLY,
                    "PinBlockFormat", Treatment.KEEP, "PinDataLength", Treatment.KEEP,
                    "PrimaryAccountNumber", Treatment.MASK_PAN)),
            Map.entry("TranslatePinData", Map.of("IncomingKeyIdentifier", Treatment.KEEP,
                    "OutgoingKeyIdentifier", Treatment.KEEP, "IncomingTranslationAttributes", Treatment.CHOICE_ONLY,
                    "OutgoingTranslationAttributes", Treatment.CHOICE_ONLY)),
            Map.entry("GenerateAuthRequestCryptogram", Map.of("KeyIdentifier", Treatment.KEEP,
                    "MajorKeyDerivationMode", Treatment.KEEP, "SessionKeyDerivationAttributes",
                    Treatment.CHOICE_ONLY)),
            Map.entry("VerifyAuthRequestCryptogram", Map.of("KeyIdentifier", Treatment.KEEP,
                    "MajorKeyDerivationMode", Treatment.KEEP, "SessionKeyDerivationAttributes",
                    Treatment.CHOICE_ONLY, "AuthResponseAttributes", Treatment.CHOICE_ONLY)),
            Map.entry("GenerateAs2805KekValidation", Map.of("KeyIdentifier", Treatment.KEEP,
                    "KekValidationType", Treatment.CHOICE_ONLY, "RandomKeySendVariantMask", Treatment.KEEP)),
            Map.entry("TranslateKeyMaterial", Map.of("IncomingKeyMaterial", Treatment.CHOICE_ONLY,
                    "OutgoingKeyMaterial", Treatment.CHOICE_ONLY, "KeyCheckValueAlgorithm", Treatment.KEEP)),
            Map.entry("GenerateMacEmvPinChange", Map.of("NewPinPekIdentifier", Treatment.KEEP,
                    "SecureMessagingIntegrityKeyIdentifier", Treatment.KEEP,
                    "SecureMessagingConfidentialityKeyIdentifier", Treatment.KEEP, "PinBlockFormat", Treatment.KEEP,
                    "DerivationMethodAttributes", Treatment.CHOICE_ONLY)));

    /** Response members kept, at the top level and inside {@code Key} and {@code Alias}. */
    private static final List<String> RESPONSE = List.of("KeyArn", "KeyCheckValue", "KeyState", "AliasName",
            "KeyOrigin", "Enabled", "Exportable");

    private AuditFields() {
    }

    /** The request parameters an audit record keeps; an operation without a row keeps none. */
    public static ObjectNode requestParameters(String operation, JsonNode request) {
        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        if (request == null || !request.isObject()) {
            return kept;
        }
        REQUEST.getOrDefault(operation, Map.of()).forEach((member, treatment) -> {
            JsonNode value = request.get(member);
            if (value == null || value.isNull()) {
                return;
            }
            switch (treatment) {
                case KEEP -> kept.set(member, value);
                case MASK_PAN -> kept.put(member, maskPan(value.asText()));
                case CHOICE_ONLY -> {
                    if (value.isObject() && value.size() > 0) {
                        kept.put(member, value.fieldNames().next());
                    }
                }
            }
        });
        return kept;
    }

    /** The response elements an audit record keeps. */
    public static ObjectNode responseElements(JsonNode response) {
        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        copy(response, kept);
        for (String nested : List.of("Key", "Alias")) {
            if (response.path(nested).isObject()) {
                copy(response.get(nested), kept.putObject(nested));
            }
        }
        return kept;
    }

    private static void copy(JsonNode from, ObjectNode to) {
        for (String member : RESPONSE) {
            JsonNode value = from.get(member);
            if (value != null && value.isValueNode()) {
                to.set(member, value);
            }
        }
    }

    /** The first six and last four digits of a PAN, the rest masked (PCI DSS 3.4). */
    static String maskPan(String pan) {
        if (pan.length() < 13) {
            return "*".repeat(pan.length());
        }
        return pan.substring(0, 6) + "*".repeat(pan.length() - 10) + pan.substring(pan.length() - 4);
    }
}
