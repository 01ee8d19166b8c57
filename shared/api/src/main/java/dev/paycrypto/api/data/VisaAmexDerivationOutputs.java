// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * {@code VisaAmexDerivationOutputs}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record VisaAmexDerivationOutputs(
        @JsonProperty("AuthorizationRequestKeyArn") String authorizationRequestKeyArn,
        @JsonProperty("AuthorizationRequestKeyCheckValue") String authorizationRequestKeyCheckValue,
        @JsonProperty("CurrentPinPekArn") String currentPinPekArn,
        @JsonProperty("CurrentPinPekKeyCheckValue") String currentPinPekKeyCheckValue) {

    public VisaAmexDerivationOutputs {
        Objects.requireNonNull(authorizationRequestKeyArn, "AuthorizationRequestKeyArn is required");
        Objects.requireNonNull(authorizationRequestKeyCheckValue, "AuthorizationRequestKeyCheckValue is required");
    }
}
