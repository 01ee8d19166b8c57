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
 * {@code GeneratePinDataInput}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GeneratePinDataInput(
        @JsonProperty("GenerationKeyIdentifier") String generationKeyIdentifier,
        @JsonProperty("EncryptionKeyIdentifier") String encryptionKeyIdentifier,
        @JsonProperty("GenerationAttributes") @JsonSerialize(using = UnionWriter.class)
        @JsonDeserialize(using = PinGenerationAttributes.Reader.class) PinGenerationAttributes generationAttributes,
        @JsonProperty("PinDataLength") Integer pinDataLength,
        @JsonProperty("PrimaryAccountNumber") String primaryAccountNumber,
        @JsonProperty("PinBlockFormat") PinBlockFormatForPinData pinBlockFormat,
        @JsonProperty("EncryptionWrappedKey") WrappedKey encryptionWrappedKey) {

    public GeneratePinDataInput {
        Objects.requireNonNull(generationKeyIdentifier, "GenerationKeyIdentifier is required");
        Objects.requireNonNull(encryptionKeyIdentifier, "EncryptionKeyIdentifier is required");
        Objects.requireNonNull(generationAttributes, "GenerationAttributes is required");
        Objects.requireNonNull(pinBlockFormat, "PinBlockFormat is required");
    }

    @Override
    public String toString() {
        return "GeneratePinDataInput[generationKeyIdentifier=" + generationKeyIdentifier + ", encryptionKeyIdentifier="
                + encryptionKeyIdentifier + ", generationAttributes=" + generationAttributes + ", pinDataLength="
                + pinDataLength + ", primaryAccountNumber=" + Sensitive.mask(primaryAccountNumber) + ", pinBlockFormat="
                + pinBlockFormat + ", encryptionWrappedKey=" + encryptionWrappedKey + "]";
    }
}
