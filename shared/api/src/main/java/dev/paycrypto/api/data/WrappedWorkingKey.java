// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code WrappedWorkingKey}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"WrappedKeyMaterial", "WrappedKeyMaterialFormat", "KeyCheckValue"})
public record WrappedWorkingKey(
        @JsonProperty("WrappedKeyMaterial") String wrappedKeyMaterial,
        @JsonProperty("KeyCheckValue") String keyCheckValue,
        @JsonProperty("WrappedKeyMaterialFormat") WrappedKeyMaterialFormat wrappedKeyMaterialFormat) {

    public WrappedWorkingKey {
        Objects.requireNonNull(wrappedKeyMaterial, "WrappedKeyMaterial is required");
        Objects.requireNonNull(keyCheckValue, "KeyCheckValue is required");
        Objects.requireNonNull(wrappedKeyMaterialFormat, "WrappedKeyMaterialFormat is required");
    }

    @Override
    public String toString() {
        return "WrappedWorkingKey[wrappedKeyMaterial=" + Sensitive.mask(wrappedKeyMaterial) + ", keyCheckValue="
                + keyCheckValue + ", wrappedKeyMaterialFormat=" + wrappedKeyMaterialFormat + "]";
    }
}
