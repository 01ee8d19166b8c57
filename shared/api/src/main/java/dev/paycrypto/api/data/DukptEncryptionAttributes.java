// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code DukptEncryptionAttributes}, a structure of the data-plane model.
 * Also the member {@code Dukpt} of the union {@link EncryptionDecryptionAttributes}.
 * Also the member {@code Dukpt} of the union {@link ReEncryptionAttributes}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DukptEncryptionAttributes(
        @JsonProperty("KeySerialNumber") String keySerialNumber,
        @JsonProperty("Mode") DukptEncryptionMode mode,
        @JsonProperty("DukptKeyDerivationType") DukptDerivationType dukptKeyDerivationType,
        @JsonProperty("DukptKeyVariant") DukptKeyVariant dukptKeyVariant,
        @JsonProperty("InitializationVector") String initializationVector) implements EncryptionDecryptionAttributes,
        ReEncryptionAttributes {

    public DukptEncryptionAttributes {
        Objects.requireNonNull(keySerialNumber, "KeySerialNumber is required");
    }

    @Override
    public String memberName() {
        return "Dukpt";
    }

    @Override
    public String toString() {
        return "DukptEncryptionAttributes[keySerialNumber=" + keySerialNumber + ", mode=" + mode
                + ", dukptKeyDerivationType=" + dukptKeyDerivationType + ", dukptKeyVariant=" + dukptKeyVariant
                + ", initializationVector=" + Sensitive.mask(initializationVector) + "]";
    }
}
