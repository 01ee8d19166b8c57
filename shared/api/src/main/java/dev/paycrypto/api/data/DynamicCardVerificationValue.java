// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code DynamicCardVerificationValue}, a structure of the data-plane model.
 * Also the member {@code DynamicCardVerificationValue} of the union {@link CardGenerationAttributes}.
 * Also the member {@code DynamicCardVerificationValue} of the union {@link CardVerificationAttributes}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DynamicCardVerificationValue(
        @JsonProperty("PanSequenceNumber") String panSequenceNumber,
        @JsonProperty("CardExpiryDate") String cardExpiryDate,
        @JsonProperty("ServiceCode") String serviceCode,
        @JsonProperty("ApplicationTransactionCounter") String applicationTransactionCounter) implements
        CardGenerationAttributes, CardVerificationAttributes {

    public DynamicCardVerificationValue {
        Objects.requireNonNull(panSequenceNumber, "PanSequenceNumber is required");
        Objects.requireNonNull(cardExpiryDate, "CardExpiryDate is required");
        Objects.requireNonNull(serviceCode, "ServiceCode is required");
        Objects.requireNonNull(applicationTransactionCounter, "ApplicationTransactionCounter is required");
    }

    @Override
    public String memberName() {
        return "DynamicCardVerificationValue";
    }

    @Override
    public String toString() {
        return "DynamicCardVerificationValue[panSequenceNumber=" + panSequenceNumber + ", cardExpiryDate="
                + Sensitive.mask(cardExpiryDate) + ", serviceCode=" + Sensitive.mask(serviceCode)
                + ", applicationTransactionCounter=" + applicationTransactionCounter + "]";
    }
}
