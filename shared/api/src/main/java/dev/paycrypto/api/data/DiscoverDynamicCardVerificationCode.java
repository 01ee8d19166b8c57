// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code DiscoverDynamicCardVerificationCode}, a structure of the data-plane model.
 * Also the member {@code DiscoverDynamicCardVerificationCode} of the union {@link CardVerificationAttributes}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DiscoverDynamicCardVerificationCode(
        @JsonProperty("CardExpiryDate") String cardExpiryDate,
        @JsonProperty("UnpredictableNumber") String unpredictableNumber,
        @JsonProperty("ApplicationTransactionCounter") String applicationTransactionCounter) implements
        CardVerificationAttributes {

    public DiscoverDynamicCardVerificationCode {
        Objects.requireNonNull(cardExpiryDate, "CardExpiryDate is required");
        Objects.requireNonNull(unpredictableNumber, "UnpredictableNumber is required");
        Objects.requireNonNull(applicationTransactionCounter, "ApplicationTransactionCounter is required");
    }

    @Override
    public String memberName() {
        return "DiscoverDynamicCardVerificationCode";
    }

    @Override
    public String toString() {
        return "DiscoverDynamicCardVerificationCode[cardExpiryDate=" + Sensitive.mask(cardExpiryDate)
                + ", unpredictableNumber=" + unpredictableNumber + ", applicationTransactionCounter="
                + applicationTransactionCounter + "]";
    }
}
