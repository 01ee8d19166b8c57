// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyUsage;
import java.util.Objects;

/**
 * {@code KeyAttributes}, a structure of the control-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record KeyAttributes(
        @JsonProperty("KeyUsage") KeyUsage keyUsage,
        @JsonProperty("KeyClass") KeyClass keyClass,
        @JsonProperty("KeyAlgorithm") KeyAlgorithm keyAlgorithm,
        @JsonProperty("KeyModesOfUse") KeyModesOfUse keyModesOfUse) {

    public KeyAttributes {
        Objects.requireNonNull(keyUsage, "KeyUsage is required");
        Objects.requireNonNull(keyClass, "KeyClass is required");
        Objects.requireNonNull(keyAlgorithm, "KeyAlgorithm is required");
        Objects.requireNonNull(keyModesOfUse, "KeyModesOfUse is required");
    }
}
