// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * {@code ExportAs2805KeyCryptogram}, a structure of the control-plane model.
 * Also the member {@code As2805KeyCryptogram} of the union {@link ExportKeyMaterial}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExportAs2805KeyCryptogram(
        @JsonProperty("WrappingKeyIdentifier") String wrappingKeyIdentifier,
        @JsonProperty("As2805KeyVariant") As2805KeyVariant as2805KeyVariant) implements ExportKeyMaterial {

    public ExportAs2805KeyCryptogram {
        Objects.requireNonNull(wrappingKeyIdentifier, "WrappingKeyIdentifier is required");
        Objects.requireNonNull(as2805KeyVariant, "As2805KeyVariant is required");
    }

    @Override
    public String memberName() {
        return "As2805KeyCryptogram";
    }
}
