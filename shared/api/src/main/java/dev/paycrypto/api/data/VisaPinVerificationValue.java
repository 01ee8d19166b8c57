// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code VisaPinVerificationValue}, a structure of the data-plane model.
 * Also the member {@code VisaPinVerificationValue} of the union {@link PinGenerationAttributes}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record VisaPinVerificationValue(
        @JsonProperty("EncryptedPinBlock") String encryptedPinBlock,
        @JsonProperty("PinVerificationKeyIndex") Integer pinVerificationKeyIndex) implements PinGenerationAttributes {

    public VisaPinVerificationValue {
        Objects.requireNonNull(encryptedPinBlock, "EncryptedPinBlock is required");
        Objects.requireNonNull(pinVerificationKeyIndex, "PinVerificationKeyIndex is required");
    }

    @Override
    public String memberName() {
        return "VisaPinVerificationValue";
    }

    @Override
    public String toString() {
        return "VisaPinVerificationValue[encryptedPinBlock=" + Sensitive.mask(encryptedPinBlock)
                + ", pinVerificationKeyIndex=" + pinVerificationKeyIndex + "]";
    }
}
