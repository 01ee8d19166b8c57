// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code KekValidationResponse}, a structure of the data-plane model.
 * Also the member {@code KekValidationResponse} of the union {@link As2805KekValidationType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record KekValidationResponse(
        @JsonProperty("RandomKeySend") String randomKeySend) implements As2805KekValidationType {

    public KekValidationResponse {
        Objects.requireNonNull(randomKeySend, "RandomKeySend is required");
    }

    @Override
    public String memberName() {
        return "KekValidationResponse";
    }

    @Override
    public String toString() {
        return "KekValidationResponse[randomKeySend=" + Sensitive.mask(randomKeySend) + "]";
    }
}
