package dev.paycrypto.api.codegen;

import java.util.List;
import java.util.Map;

/**
 * The few structures whose members the service has always written in an order other than the model's: their
 * records keep the model's component order, and a {@code @JsonPropertyOrder} keeps the wire byte for byte as it
 * was (GoldenResponsesTest in functions). Members not listed follow in the model's order.
 */
final class WireOrder {

    /** Shape name (of either plane; the names are distinct) to the members written first, in that order. */
    static final Map<String, List<String>> BY_SHAPE = Map.of(
            "Key", List.of("KeyArn", "KeyAttributes", "KeyCheckValue", "KeyCheckValueAlgorithm", "Enabled",
                    "Exportable", "KeyState", "KeyOrigin", "CreateTimestamp", "UsageStartTimestamp",
                    "UsageStopTimestamp", "DeletePendingTimestamp", "DeleteTimestamp", "DeriveKeyUsage",
                    "MultiRegionKeyType", "PrimaryRegion", "UsingDefaultReplicationRegions", "ReplicationStatus"),
            "GenerateMacEmvPinChangeOutput", List.of("NewPinPekArn", "NewPinPekKeyCheckValue",
                    "SecureMessagingIntegrityKeyArn", "SecureMessagingIntegrityKeyCheckValue",
                    "SecureMessagingConfidentialityKeyArn", "SecureMessagingConfidentialityKeyCheckValue",
                    "EncryptedPinBlock", "Mac"),
            "ReEncryptDataOutput", List.of("CipherText", "KeyArn", "KeyCheckValue"),
            "WrappedWorkingKey", List.of("WrappedKeyMaterial", "WrappedKeyMaterialFormat", "KeyCheckValue"));

    private WireOrder() {
    }
}
