// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.paycrypto.api.Sensitive;
import dev.paycrypto.api.json.UnionWriter;
import dev.paycrypto.keys.KeyCheckValueAlgorithm;
import java.util.List;
import java.util.Objects;

/**
 * {@code ImportKeyInput}, a structure of the control-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportKeyInput(
        @JsonProperty("KeyMaterial") @JsonSerialize(using = UnionWriter.class)
        @JsonDeserialize(using = ImportKeyMaterial.Reader.class) ImportKeyMaterial keyMaterial,
        @JsonProperty("KeyCheckValueAlgorithm") KeyCheckValueAlgorithm keyCheckValueAlgorithm,
        @JsonProperty("Enabled") Boolean enabled,
        @JsonProperty("Tags") List<Tag> tags,
        @JsonProperty("ReplicationRegions") List<String> replicationRegions,
        @JsonProperty("RequesterComment") String requesterComment) {

    public ImportKeyInput {
        Objects.requireNonNull(keyMaterial, "KeyMaterial is required");
        tags = tags == null ? null : List.copyOf(tags);
        replicationRegions = replicationRegions == null ? null : List.copyOf(replicationRegions);
    }

    @Override
    public String toString() {
        return "ImportKeyInput[keyMaterial=" + keyMaterial + ", keyCheckValueAlgorithm=" + keyCheckValueAlgorithm
                + ", enabled=" + enabled + ", tags=" + tags + ", replicationRegions=" + replicationRegions
                + ", requesterComment=" + Sensitive.mask(requesterComment) + "]";
    }
}
