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
 * {@code GenerateCardValidationDataInput}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GenerateCardValidationDataInput(
        @JsonProperty("KeyIdentifier") String keyIdentifier,
        @JsonProperty("PrimaryAccountNumber") String primaryAccountNumber,
        @JsonProperty("GenerationAttributes") @JsonSerialize(using = UnionWriter.class)
        @JsonDeserialize(using = CardGenerationAttributes.Reader.class) CardGenerationAttributes generationAttributes,
        @JsonProperty("ValidationDataLength") Integer validationDataLength) {

    public GenerateCardValidationDataInput {
        Objects.requireNonNull(keyIdentifier, "KeyIdentifier is required");
        Objects.requireNonNull(primaryAccountNumber, "PrimaryAccountNumber is required");
        Objects.requireNonNull(generationAttributes, "GenerationAttributes is required");
    }

    @Override
    public String toString() {
        return "GenerateCardValidationDataInput[keyIdentifier=" + keyIdentifier + ", primaryAccountNumber="
                + Sensitive.mask(primaryAccountNumber) + ", generationAttributes=" + generationAttributes
                + ", validationDataLength=" + validationDataLength + "]";
    }
}
