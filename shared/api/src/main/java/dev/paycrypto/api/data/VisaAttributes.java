// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code VisaAttributes}, a structure of the data-plane model.
 * Also the member {@code Visa} of the union {@link DerivationMethodAttributes}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record VisaAttributes(
        @JsonProperty("MajorKeyDerivationMode") MajorKeyDerivationMode majorKeyDerivationMode,
        @JsonProperty("PrimaryAccountNumber") String primaryAccountNumber,
        @JsonProperty("PanSequenceNumber") String panSequenceNumber,
        @JsonProperty("ApplicationTransactionCounter") String applicationTransactionCounter,
        @JsonProperty("AuthorizationRequestKeyIdentifier") String authorizationRequestKeyIdentifier,
        @JsonProperty("CurrentPinAttributes") CurrentPinAttributes currentPinAttributes) implements
        DerivationMethodAttributes {

    public VisaAttributes {
        Objects.requireNonNull(majorKeyDerivationMode, "MajorKeyDerivationMode is required");
        Objects.requireNonNull(primaryAccountNumber, "PrimaryAccountNumber is required");
        Objects.requireNonNull(panSequenceNumber, "PanSequenceNumber is required");
        Objects.requireNonNull(applicationTransactionCounter, "ApplicationTransactionCounter is required");
        Objects.requireNonNull(authorizationRequestKeyIdentifier, "AuthorizationRequestKeyIdentifier is required");
    }

    @Override
    public String memberName() {
        return "Visa";
    }

    @Override
    public String toString() {
        return "VisaAttributes[majorKeyDerivationMode=" + majorKeyDerivationMode + ", primaryAccountNumber="
                + Sensitive.mask(primaryAccountNumber) + ", panSequenceNumber=" + panSequenceNumber
                + ", applicationTransactionCounter=" + applicationTransactionCounter
                + ", authorizationRequestKeyIdentifier=" + authorizationRequestKeyIdentifier + ", currentPinAttributes="
                + currentPinAttributes + "]";
    }
}
