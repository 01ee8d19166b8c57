// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code Emv2000Attributes}, a structure of the data-plane model.
 * Also the member {@code Emv2000} of the union {@link DerivationMethodAttributes}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Emv2000Attributes(
        @JsonProperty("MajorKeyDerivationMode") MajorKeyDerivationMode majorKeyDerivationMode,
        @JsonProperty("PrimaryAccountNumber") String primaryAccountNumber,
        @JsonProperty("PanSequenceNumber") String panSequenceNumber,
        @JsonProperty("ApplicationTransactionCounter") String applicationTransactionCounter) implements
        DerivationMethodAttributes {

    public Emv2000Attributes {
        Objects.requireNonNull(majorKeyDerivationMode, "MajorKeyDerivationMode is required");
        Objects.requireNonNull(primaryAccountNumber, "PrimaryAccountNumber is required");
        Objects.requireNonNull(panSequenceNumber, "PanSequenceNumber is required");
        Objects.requireNonNull(applicationTransactionCounter, "ApplicationTransactionCounter is required");
    }

    @Override
    public String memberName() {
        return "Emv2000";
    }

    @Override
    public String toString() {
        return "Emv2000Attributes[majorKeyDerivationMode=" + majorKeyDerivationMode + ", primaryAccountNumber="
                + Sensitive.mask(primaryAccountNumber) + ", panSequenceNumber=" + panSequenceNumber
                + ", applicationTransactionCounter=" + applicationTransactionCounter + "]";
    }
}
