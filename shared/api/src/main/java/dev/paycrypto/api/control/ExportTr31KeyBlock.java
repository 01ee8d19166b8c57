// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * {@code ExportTr31KeyBlock}, a structure of the control-plane model.
 * Also the member {@code Tr31KeyBlock} of the union {@link ExportKeyMaterial}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExportTr31KeyBlock(
        @JsonProperty("WrappingKeyIdentifier") String wrappingKeyIdentifier,
        @JsonProperty("KeyBlockHeaders") KeyBlockHeaders keyBlockHeaders) implements ExportKeyMaterial {

    public ExportTr31KeyBlock {
        Objects.requireNonNull(wrappingKeyIdentifier, "WrappingKeyIdentifier is required");
    }

    @Override
    public String memberName() {
        return "Tr31KeyBlock";
    }
}
