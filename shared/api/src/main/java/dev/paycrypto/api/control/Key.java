// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.paycrypto.api.json.EpochSeconds;
import dev.paycrypto.keys.KeyCheckValueAlgorithm;
import dev.paycrypto.keys.KeyOrigin;
import dev.paycrypto.keys.KeyReplication;
import dev.paycrypto.keys.KeyState;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@code Key}, a structure of the control-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"KeyArn", "KeyAttributes", "KeyCheckValue", "KeyCheckValueAlgorithm", "Enabled", "Exportable",
        "KeyState", "KeyOrigin", "CreateTimestamp", "UsageStartTimestamp", "UsageStopTimestamp",
        "DeletePendingTimestamp", "DeleteTimestamp", "DeriveKeyUsage", "MultiRegionKeyType", "PrimaryRegion",
        "UsingDefaultReplicationRegions", "ReplicationStatus"})
public record Key(
        @JsonProperty("KeyArn") String keyArn,
        @JsonProperty("KeyAttributes") KeyAttributes keyAttributes,
        @JsonProperty("KeyCheckValue") String keyCheckValue,
        @JsonProperty("KeyCheckValueAlgorithm") KeyCheckValueAlgorithm keyCheckValueAlgorithm,
        @JsonProperty("Enabled") Boolean enabled,
        @JsonProperty("Exportable") Boolean exportable,
        @JsonProperty("KeyState") KeyState keyState,
        @JsonProperty("KeyOrigin") KeyOrigin keyOrigin,
        @JsonProperty("CreateTimestamp") @EpochSeconds Instant createTimestamp,
        @JsonProperty("UsageStartTimestamp") @EpochSeconds Instant usageStartTimestamp,
        @JsonProperty("UsageStopTimestamp") @EpochSeconds Instant usageStopTimestamp,
        @JsonProperty("DeletePendingTimestamp") @EpochSeconds Instant deletePendingTimestamp,
        @JsonProperty("DeleteTimestamp") @EpochSeconds Instant deleteTimestamp,
        @JsonProperty("DeriveKeyUsage") DeriveKeyUsage deriveKeyUsage,
        @JsonProperty("MultiRegionKeyType") KeyReplication.Role multiRegionKeyType,
        @JsonProperty("PrimaryRegion") String primaryRegion,
        @JsonProperty("ReplicationStatus") Map<String, ReplicationStatusType> replicationStatus,
        @JsonProperty("UsingDefaultReplicationRegions") Boolean usingDefaultReplicationRegions,
        @JsonProperty("MpaStatus") MpaStatus mpaStatus) {

    public Key {
        Objects.requireNonNull(keyArn, "KeyArn is required");
        Objects.requireNonNull(keyAttributes, "KeyAttributes is required");
        Objects.requireNonNull(keyCheckValue, "KeyCheckValue is required");
        Objects.requireNonNull(keyCheckValueAlgorithm, "KeyCheckValueAlgorithm is required");
        Objects.requireNonNull(enabled, "Enabled is required");
        Objects.requireNonNull(exportable, "Exportable is required");
        Objects.requireNonNull(keyState, "KeyState is required");
        Objects.requireNonNull(keyOrigin, "KeyOrigin is required");
        Objects.requireNonNull(createTimestamp, "CreateTimestamp is required");
        replicationStatus = replicationStatus == null ? null :
                Collections.unmodifiableMap(new LinkedHashMap<>(replicationStatus));
    }
}
