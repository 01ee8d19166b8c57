// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code CryptogramVerificationArpcMethod2}, a structure of the data-plane model.
 * Also the member {@code ArpcMethod2} of the union {@link CryptogramAuthResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CryptogramVerificationArpcMethod2(
        @JsonProperty("CardStatusUpdate") String cardStatusUpdate,
        @JsonProperty("ProprietaryAuthenticationData") String proprietaryAuthenticationData) implements
        CryptogramAuthResponse {

    public CryptogramVerificationArpcMethod2 {
        Objects.requireNonNull(cardStatusUpdate, "CardStatusUpdate is required");
    }

    @Override
    public String memberName() {
        return "ArpcMethod2";
    }

    @Override
    public String toString() {
        return "CryptogramVerificationArpcMethod2[cardStatusUpdate=" + cardStatusUpdate
                + ", proprietaryAuthenticationData=" + Sensitive.mask(proprietaryAuthenticationData) + "]";
    }
}
