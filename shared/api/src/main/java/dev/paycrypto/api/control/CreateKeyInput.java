// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.keys.KeyCheckValueAlgorithm;
import java.util.List;
import java.util.Objects;

/**
 * {@code CreateKeyInput}, a structure of the control-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateKeyInput(
        @JsonProperty("KeyAttributes") KeyAttributes keyAttributes,
        @JsonProperty("KeyCheckValueAlgorithm") KeyCheckValueAlgorithm keyCheckValueAlgorithm,
        @JsonProperty("Exportable") Boolean exportable,
        @JsonProperty("Enabled") Boolean enabled,
        @JsonProperty("Tags") List<Tag> tags,
        @JsonProperty("DeriveKeyUsage") DeriveKeyUsage deriveKeyUsage,
        @JsonProperty("ReplicationRegions") List<String> replicationRegions) {

    public CreateKeyInput {
        Objects.requireNonNull(keyAttributes, "KeyAttributes is required");
        Objects.requireNonNull(exportable, "Exportable is required");
        tags = tags == null ? null : List.copyOf(tags);
        replicationRegions = replicationRegions == null ? null : List.copyOf(replicationRegions);
    }
}
