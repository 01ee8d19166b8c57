// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code TranslatePinDataOutput}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TranslatePinDataOutput(
        @JsonProperty("PinBlock") String pinBlock,
        @JsonProperty("KeyArn") String keyArn,
        @JsonProperty("KeyCheckValue") String keyCheckValue) {

    public TranslatePinDataOutput {
        Objects.requireNonNull(pinBlock, "PinBlock is required");
        Objects.requireNonNull(keyArn, "KeyArn is required");
        Objects.requireNonNull(keyCheckValue, "KeyCheckValue is required");
    }

    @Override
    public String toString() {
        return "TranslatePinDataOutput[pinBlock=" + Sensitive.mask(pinBlock) + ", keyArn=" + keyArn + ", keyCheckValue="
                + keyCheckValue + "]";
    }
}
