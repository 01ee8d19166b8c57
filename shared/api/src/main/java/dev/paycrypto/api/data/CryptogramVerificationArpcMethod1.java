// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * {@code CryptogramVerificationArpcMethod1}, a structure of the data-plane model.
 * Also the member {@code ArpcMethod1} of the union {@link CryptogramAuthResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CryptogramVerificationArpcMethod1(
        @JsonProperty("AuthResponseCode") String authResponseCode) implements CryptogramAuthResponse {

    public CryptogramVerificationArpcMethod1 {
        Objects.requireNonNull(authResponseCode, "AuthResponseCode is required");
    }

    @Override
    public String memberName() {
        return "ArpcMethod1";
    }
}
