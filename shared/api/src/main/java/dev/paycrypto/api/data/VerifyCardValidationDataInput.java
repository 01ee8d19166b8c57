// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.paycrypto.api.Sensitive;
import dev.paycrypto.api.json.UnionWriter;
import java.util.Objects;

/**
 * {@code VerifyCardValidationDataInput}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record VerifyCardValidationDataInput(
        @JsonProperty("KeyIdentifier") String keyIdentifier,
        @JsonProperty("PrimaryAccountNumber") String primaryAccountNumber,
        @JsonProperty("VerificationAttributes") @JsonSerialize(using = UnionWriter.class)
        @JsonDeserialize(using = CardVerificationAttributes.Reader.class)
        CardVerificationAttributes verificationAttributes,
        @JsonProperty("ValidationData") String validationData) {

    public VerifyCardValidationDataInput {
        Objects.requireNonNull(keyIdentifier, "KeyIdentifier is required");
        Objects.requireNonNull(primaryAccountNumber, "PrimaryAccountNumber is required");
        Objects.requireNonNull(verificationAttributes, "VerificationAttributes is required");
        Objects.requireNonNull(validationData, "ValidationData is required");
    }

    @Override
    public String toString() {
        return "VerifyCardValidationDataInput[keyIdentifier=" + keyIdentifier + ", primaryAccountNumber="
                + Sensitive.mask(primaryAccountNumber) + ", verificationAttributes=" + verificationAttributes
                + ", validationData=" + Sensitive.mask(validationData) + "]";
    }
}
