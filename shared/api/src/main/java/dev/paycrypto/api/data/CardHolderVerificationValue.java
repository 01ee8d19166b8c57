// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * {@code CardHolderVerificationValue}, a structure of the data-plane model.
 * Also the member {@code CardHolderVerificationValue} of the union {@link CardGenerationAttributes}.
 * Also the member {@code CardHolderVerificationValue} of the union {@link CardVerificationAttributes}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CardHolderVerificationValue(
        @JsonProperty("UnpredictableNumber") String unpredictableNumber,
        @JsonProperty("PanSequenceNumber") String panSequenceNumber,
        @JsonProperty("ApplicationTransactionCounter") String applicationTransactionCounter) implements
        CardGenerationAttributes, CardVerificationAttributes {

    public CardHolderVerificationValue {
        Objects.requireNonNull(unpredictableNumber, "UnpredictableNumber is required");
        Objects.requireNonNull(panSequenceNumber, "PanSequenceNumber is required");
        Objects.requireNonNull(applicationTransactionCounter, "ApplicationTransactionCounter is required");
    }

    @Override
    public String memberName() {
        return "CardHolderVerificationValue";
    }
}
