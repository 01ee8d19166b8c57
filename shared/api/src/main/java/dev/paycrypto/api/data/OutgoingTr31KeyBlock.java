// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * {@code OutgoingTr31KeyBlock}, a structure of the data-plane model.
 * Also the member {@code Tr31KeyBlock} of the union {@link OutgoingKeyMaterial}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OutgoingTr31KeyBlock(
        @JsonProperty("WrappingKeyIdentifier") String wrappingKeyIdentifier) implements OutgoingKeyMaterial {

    public OutgoingTr31KeyBlock {
        Objects.requireNonNull(wrappingKeyIdentifier, "WrappingKeyIdentifier is required");
    }

    @Override
    public String memberName() {
        return "Tr31KeyBlock";
    }
}
