// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * {@code RemoveKeyReplicationRegionsInput}, a structure of the control-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoveKeyReplicationRegionsInput(
        @JsonProperty("KeyIdentifier") String keyIdentifier,
        @JsonProperty("ReplicationRegions") List<String> replicationRegions) {

    public RemoveKeyReplicationRegionsInput {
        Objects.requireNonNull(keyIdentifier, "KeyIdentifier is required");
        Objects.requireNonNull(replicationRegions, "ReplicationRegions is required");
        replicationRegions = replicationRegions == null ? null : List.copyOf(replicationRegions);
    }
}
