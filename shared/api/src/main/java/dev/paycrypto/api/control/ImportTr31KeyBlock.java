// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code ImportTr31KeyBlock}, a structure of the control-plane model.
 * Also the member {@code Tr31KeyBlock} of the union {@link ImportKeyMaterial}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportTr31KeyBlock(
        @JsonProperty("WrappingKeyIdentifier") String wrappingKeyIdentifier,
        @JsonProperty("WrappedKeyBlock") String wrappedKeyBlock) implements ImportKeyMaterial {

    public ImportTr31KeyBlock {
        Objects.requireNonNull(wrappingKeyIdentifier, "WrappingKeyIdentifier is required");
        Objects.requireNonNull(wrappedKeyBlock, "WrappedKeyBlock is required");
    }

    @Override
    public String memberName() {
        return "Tr31KeyBlock";
    }

    @Override
    public String toString() {
        return "ImportTr31KeyBlock[wrappingKeyIdentifier=" + wrappingKeyIdentifier + ", wrappedKeyBlock="
                + Sensitive.mask(wrappedKeyBlock) + "]";
    }
}
