// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import dev.paycrypto.keys.KeyAlgorithm;
import java.util.Objects;

/**
 * {@code ImportAs2805KeyCryptogram}, a structure of the control-plane model.
 * Also the member {@code As2805KeyCryptogram} of the union {@link ImportKeyMaterial}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportAs2805KeyCryptogram(
        @JsonProperty("As2805KeyVariant") As2805KeyVariant as2805KeyVariant,
        @JsonProperty("KeyModesOfUse") KeyModesOfUse keyModesOfUse,
        @JsonProperty("KeyAlgorithm") KeyAlgorithm keyAlgorithm,
        @JsonProperty("Exportable") Boolean exportable,
        @JsonProperty("WrappingKeyIdentifier") String wrappingKeyIdentifier,
        @JsonProperty("WrappedKeyCryptogram") String wrappedKeyCryptogram) implements ImportKeyMaterial {

    public ImportAs2805KeyCryptogram {
        Objects.requireNonNull(as2805KeyVariant, "As2805KeyVariant is required");
        Objects.requireNonNull(keyModesOfUse, "KeyModesOfUse is required");
        Objects.requireNonNull(keyAlgorithm, "KeyAlgorithm is required");
        Objects.requireNonNull(exportable, "Exportable is required");
        Objects.requireNonNull(wrappingKeyIdentifier, "WrappingKeyIdentifier is required");
        Objects.requireNonNull(wrappedKeyCryptogram, "WrappedKeyCryptogram is required");
    }

    @Override
    public String memberName() {
        return "As2805KeyCryptogram";
    }

    @Override
    public String toString() {
        return "ImportAs2805KeyCryptogram[as2805KeyVariant=" + as2805KeyVariant + ", keyModesOfUse=" + keyModesOfUse
                + ", keyAlgorithm=" + keyAlgorithm + ", exportable=" + exportable + ", wrappingKeyIdentifier="
                + wrappingKeyIdentifier + ", wrappedKeyCryptogram=" + Sensitive.mask(wrappedKeyCryptogram) + "]";
    }
}
