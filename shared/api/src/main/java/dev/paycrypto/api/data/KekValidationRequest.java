// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * {@code KekValidationRequest}, a structure of the data-plane model.
 * Also the member {@code KekValidationRequest} of the union {@link As2805KekValidationType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record KekValidationRequest(
        @JsonProperty("DeriveKeyAlgorithm") SymmetricKeyAlgorithm deriveKeyAlgorithm,
        @JsonProperty("RandomKeyMaxLength") RandomKeyMaxLength randomKeyMaxLength) implements As2805KekValidationType {

    public KekValidationRequest {
        Objects.requireNonNull(deriveKeyAlgorithm, "DeriveKeyAlgorithm is required");
    }

    @Override
    public String memberName() {
        return "KekValidationRequest";
    }
}
