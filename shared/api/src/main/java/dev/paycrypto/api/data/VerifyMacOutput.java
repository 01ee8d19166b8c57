// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * {@code VerifyMacOutput}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record VerifyMacOutput(
        @JsonProperty("KeyArn") String keyArn,
        @JsonProperty("KeyCheckValue") String keyCheckValue) {

    public VerifyMacOutput {
        Objects.requireNonNull(keyArn, "KeyArn is required");
        Objects.requireNonNull(keyCheckValue, "KeyCheckValue is required");
    }
}
