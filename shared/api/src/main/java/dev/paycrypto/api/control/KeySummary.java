// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.keys.KeyReplication;
import dev.paycrypto.keys.KeyState;
import java.util.Objects;

/**
 * {@code KeySummary}, a structure of the control-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record KeySummary(
        @JsonProperty("KeyArn") String keyArn,
        @JsonProperty("KeyState") KeyState keyState,
        @JsonProperty("KeyAttributes") KeyAttributes keyAttributes,
        @JsonProperty("KeyCheckValue") String keyCheckValue,
        @JsonProperty("Exportable") Boolean exportable,
        @JsonProperty("Enabled") Boolean enabled,
        @JsonProperty("MultiRegionKeyType") KeyReplication.Role multiRegionKeyType,
        @JsonProperty("PrimaryRegion") String primaryRegion) {

    public KeySummary {
        Objects.requireNonNull(keyArn, "KeyArn is required");
        Objects.requireNonNull(keyState, "KeyState is required");
        Objects.requireNonNull(keyAttributes, "KeyAttributes is required");
        Objects.requireNonNull(keyCheckValue, "KeyCheckValue is required");
        Objects.requireNonNull(exportable, "Exportable is required");
        Objects.requireNonNull(enabled, "Enabled is required");
    }
}
