// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code EmvEncryptionAttributes}, a structure of the data-plane model.
 * Also the member {@code Emv} of the union {@link EncryptionDecryptionAttributes}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmvEncryptionAttributes(
        @JsonProperty("MajorKeyDerivationMode") EmvMajorKeyDerivationMode majorKeyDerivationMode,
        @JsonProperty("PrimaryAccountNumber") String primaryAccountNumber,
        @JsonProperty("PanSequenceNumber") String panSequenceNumber,
        @JsonProperty("SessionDerivationData") String sessionDerivationData,
        @JsonProperty("Mode") EmvEncryptionMode mode,
        @JsonProperty("InitializationVector") String initializationVector) implements EncryptionDecryptionAttributes {

    public EmvEncryptionAttributes {
        Objects.requireNonNull(majorKeyDerivationMode, "MajorKeyDerivationMode is required");
        Objects.requireNonNull(primaryAccountNumber, "PrimaryAccountNumber is required");
        Objects.requireNonNull(panSequenceNumber, "PanSequenceNumber is required");
        Objects.requireNonNull(sessionDerivationData, "SessionDerivationData is required");
    }

    @Override
    public String memberName() {
        return "Emv";
    }

    @Override
    public String toString() {
        return "EmvEncryptionAttributes[majorKeyDerivationMode=" + majorKeyDerivationMode + ", primaryAccountNumber="
                + Sensitive.mask(primaryAccountNumber) + ", panSequenceNumber=" + panSequenceNumber
                + ", sessionDerivationData=" + Sensitive.mask(sessionDerivationData) + ", mode=" + mode
                + ", initializationVector=" + Sensitive.mask(initializationVector) + "]";
    }
}
