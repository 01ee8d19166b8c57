// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code SessionKeyMastercard}, a structure of the data-plane model.
 * Also the member {@code Mastercard} of the union {@link SessionKeyDerivation}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionKeyMastercard(
        @JsonProperty("PrimaryAccountNumber") String primaryAccountNumber,
        @JsonProperty("PanSequenceNumber") String panSequenceNumber,
        @JsonProperty("ApplicationTransactionCounter") String applicationTransactionCounter,
        @JsonProperty("UnpredictableNumber") String unpredictableNumber) implements SessionKeyDerivation {

    public SessionKeyMastercard {
        Objects.requireNonNull(primaryAccountNumber, "PrimaryAccountNumber is required");
        Objects.requireNonNull(panSequenceNumber, "PanSequenceNumber is required");
        Objects.requireNonNull(applicationTransactionCounter, "ApplicationTransactionCounter is required");
        Objects.requireNonNull(unpredictableNumber, "UnpredictableNumber is required");
    }

    @Override
    public String memberName() {
        return "Mastercard";
    }

    @Override
    public String toString() {
        return "SessionKeyMastercard[primaryAccountNumber=" + Sensitive.mask(primaryAccountNumber)
                + ", panSequenceNumber=" + panSequenceNumber + ", applicationTransactionCounter="
                + applicationTransactionCounter + ", unpredictableNumber=" + unpredictableNumber + "]";
    }
}
