// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import dev.paycrypto.keys.KeyCheckValueAlgorithm;
import java.util.Objects;

/**
 * {@code WrappedKey}, a structure of the control-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record WrappedKey(
        @JsonProperty("WrappingKeyArn") String wrappingKeyArn,
        @JsonProperty("WrappedKeyMaterialFormat") WrappedKeyMaterialFormat wrappedKeyMaterialFormat,
        @JsonProperty("KeyMaterial") String keyMaterial,
        @JsonProperty("KeyCheckValue") String keyCheckValue,
        @JsonProperty("KeyCheckValueAlgorithm") KeyCheckValueAlgorithm keyCheckValueAlgorithm) {

    public WrappedKey {
        Objects.requireNonNull(wrappingKeyArn, "WrappingKeyArn is required");
        Objects.requireNonNull(wrappedKeyMaterialFormat, "WrappedKeyMaterialFormat is required");
        Objects.requireNonNull(keyMaterial, "KeyMaterial is required");
    }

    @Override
    public String toString() {
        return "WrappedKey[wrappingKeyArn=" + wrappingKeyArn + ", wrappedKeyMaterialFormat=" + wrappedKeyMaterialFormat
                + ", keyMaterial=" + Sensitive.mask(keyMaterial) + ", keyCheckValue=" + keyCheckValue
                + ", keyCheckValueAlgorithm=" + keyCheckValueAlgorithm + "]";
    }
}
