// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code DynamicCardVerificationCode}, a structure of the data-plane model.
 * Also the member {@code DynamicCardVerificationCode} of the union {@link CardGenerationAttributes}.
 * Also the member {@code DynamicCardVerificationCode} of the union {@link CardVerificationAttributes}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DynamicCardVerificationCode(
        @JsonProperty("UnpredictableNumber") String unpredictableNumber,
        @JsonProperty("PanSequenceNumber") String panSequenceNumber,
        @JsonProperty("ApplicationTransactionCounter") String applicationTransactionCounter,
        @JsonProperty("TrackData") String trackData) implements CardGenerationAttributes, CardVerificationAttributes {

    public DynamicCardVerificationCode {
        Objects.requireNonNull(unpredictableNumber, "UnpredictableNumber is required");
        Objects.requireNonNull(panSequenceNumber, "PanSequenceNumber is required");
        Objects.requireNonNull(applicationTransactionCounter, "ApplicationTransactionCounter is required");
        Objects.requireNonNull(trackData, "TrackData is required");
    }

    @Override
    public String memberName() {
        return "DynamicCardVerificationCode";
    }

    @Override
    public String toString() {
        return "DynamicCardVerificationCode[unpredictableNumber=" + unpredictableNumber + ", panSequenceNumber="
                + panSequenceNumber + ", applicationTransactionCounter=" + applicationTransactionCounter
                + ", trackData=" + Sensitive.mask(trackData) + "]";
    }
}
