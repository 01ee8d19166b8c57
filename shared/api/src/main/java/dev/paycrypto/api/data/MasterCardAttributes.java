// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code MasterCardAttributes}, a structure of the data-plane model.
 * Also the member {@code Mastercard} of the union {@link DerivationMethodAttributes}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MasterCardAttributes(
        @JsonProperty("MajorKeyDerivationMode") MajorKeyDerivationMode majorKeyDerivationMode,
        @JsonProperty("PrimaryAccountNumber") String primaryAccountNumber,
        @JsonProperty("PanSequenceNumber") String panSequenceNumber,
        @JsonProperty("ApplicationCryptogram") String applicationCryptogram) implements DerivationMethodAttributes {

    public MasterCardAttributes {
        Objects.requireNonNull(majorKeyDerivationMode, "MajorKeyDerivationMode is required");
        Objects.requireNonNull(primaryAccountNumber, "PrimaryAccountNumber is required");
        Objects.requireNonNull(panSequenceNumber, "PanSequenceNumber is required");
        Objects.requireNonNull(applicationCryptogram, "ApplicationCryptogram is required");
    }

    @Override
    public String memberName() {
        return "Mastercard";
    }

    @Override
    public String toString() {
        return "MasterCardAttributes[majorKeyDerivationMode=" + majorKeyDerivationMode + ", primaryAccountNumber="
                + Sensitive.mask(primaryAccountNumber) + ", panSequenceNumber=" + panSequenceNumber
                + ", applicationCryptogram=" + Sensitive.mask(applicationCryptogram) + "]";
    }
}
