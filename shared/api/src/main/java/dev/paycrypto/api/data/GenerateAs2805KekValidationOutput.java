// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code GenerateAs2805KekValidationOutput}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GenerateAs2805KekValidationOutput(
        @JsonProperty("KeyArn") String keyArn,
        @JsonProperty("KeyCheckValue") String keyCheckValue,
        @JsonProperty("RandomKeySend") String randomKeySend,
        @JsonProperty("RandomKeyReceive") String randomKeyReceive) {

    public GenerateAs2805KekValidationOutput {
        Objects.requireNonNull(keyArn, "KeyArn is required");
        Objects.requireNonNull(keyCheckValue, "KeyCheckValue is required");
        Objects.requireNonNull(randomKeySend, "RandomKeySend is required");
        Objects.requireNonNull(randomKeyReceive, "RandomKeyReceive is required");
    }

    @Override
    public String toString() {
        return "GenerateAs2805KekValidationOutput[keyArn=" + keyArn + ", keyCheckValue=" + keyCheckValue
                + ", randomKeySend=" + Sensitive.mask(randomKeySend) + ", randomKeyReceive="
                + Sensitive.mask(randomKeyReceive) + "]";
    }
}
