// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code SymmetricEncryptionAttributes}, a structure of the data-plane model.
 * Also the member {@code Symmetric} of the union {@link EncryptionDecryptionAttributes}.
 * Also the member {@code Symmetric} of the union {@link ReEncryptionAttributes}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SymmetricEncryptionAttributes(
        @JsonProperty("Mode") EncryptionMode mode,
        @JsonProperty("InitializationVector") String initializationVector,
        @JsonProperty("PaddingType") PaddingType paddingType) implements EncryptionDecryptionAttributes,
        ReEncryptionAttributes {

    public SymmetricEncryptionAttributes {
        Objects.requireNonNull(mode, "Mode is required");
    }

    @Override
    public String memberName() {
        return "Symmetric";
    }

    @Override
    public String toString() {
        return "SymmetricEncryptionAttributes[mode=" + mode + ", initializationVector="
                + Sensitive.mask(initializationVector) + ", paddingType=" + paddingType + "]";
    }
}
