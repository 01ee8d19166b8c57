// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code AmexCardSecurityCodeVersion1}, a structure of the data-plane model.
 * Also the member {@code AmexCardSecurityCodeVersion1} of the union {@link CardGenerationAttributes}.
 * Also the member {@code AmexCardSecurityCodeVersion1} of the union {@link CardVerificationAttributes}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AmexCardSecurityCodeVersion1(
        @JsonProperty("CardExpiryDate") String cardExpiryDate) implements CardGenerationAttributes,
        CardVerificationAttributes {

    public AmexCardSecurityCodeVersion1 {
        Objects.requireNonNull(cardExpiryDate, "CardExpiryDate is required");
    }

    @Override
    public String memberName() {
        return "AmexCardSecurityCodeVersion1";
    }

    @Override
    public String toString() {
        return "AmexCardSecurityCodeVersion1[cardExpiryDate=" + Sensitive.mask(cardExpiryDate) + "]";
    }
}
