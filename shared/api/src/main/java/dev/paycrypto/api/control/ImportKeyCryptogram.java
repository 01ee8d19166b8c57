// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code ImportKeyCryptogram}, a structure of the control-plane model.
 * Also the member {@code KeyCryptogram} of the union {@link ImportKeyMaterial}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportKeyCryptogram(
        @JsonProperty("KeyAttributes") KeyAttributes keyAttributes,
        @JsonProperty("Exportable") Boolean exportable,
        @JsonProperty("WrappedKeyCryptogram") String wrappedKeyCryptogram,
        @JsonProperty("ImportToken") String importToken,
        @JsonProperty("WrappingSpec") WrappingKeySpec wrappingSpec) implements ImportKeyMaterial {

    public ImportKeyCryptogram {
        Objects.requireNonNull(keyAttributes, "KeyAttributes is required");
        Objects.requireNonNull(exportable, "Exportable is required");
        Objects.requireNonNull(wrappedKeyCryptogram, "WrappedKeyCryptogram is required");
        Objects.requireNonNull(importToken, "ImportToken is required");
    }

    @Override
    public String memberName() {
        return "KeyCryptogram";
    }

    @Override
    public String toString() {
        return "ImportKeyCryptogram[keyAttributes=" + keyAttributes + ", exportable=" + exportable
                + ", wrappedKeyCryptogram=" + Sensitive.mask(wrappedKeyCryptogram) + ", importToken=" + importToken
                + ", wrappingSpec=" + wrappingSpec + "]";
    }
}
