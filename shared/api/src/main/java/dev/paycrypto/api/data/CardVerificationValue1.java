// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code CardVerificationValue1}, a structure of the data-plane model.
 * Also the member {@code CardVerificationValue1} of the union {@link CardGenerationAttributes}.
 * Also the member {@code CardVerificationValue1} of the union {@link CardVerificationAttributes}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CardVerificationValue1(
        @JsonProperty("CardExpiryDate") String cardExpiryDate,
        @JsonProperty("ServiceCode") String serviceCode) implements CardGenerationAttributes,
        CardVerificationAttributes {

    public CardVerificationValue1 {
        Objects.requireNonNull(cardExpiryDate, "CardExpiryDate is required");
        Objects.requireNonNull(serviceCode, "ServiceCode is required");
    }

    @Override
    public String memberName() {
        return "CardVerificationValue1";
    }

    @Override
    public String toString() {
        return "CardVerificationValue1[cardExpiryDate=" + Sensitive.mask(cardExpiryDate) + ", serviceCode="
                + Sensitive.mask(serviceCode) + "]";
    }
}
