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
 * {@code GeneratePinDataOutput}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GeneratePinDataOutput(
        @JsonProperty("GenerationKeyArn") String generationKeyArn,
        @JsonProperty("GenerationKeyCheckValue") String generationKeyCheckValue,
        @JsonProperty("EncryptionKeyArn") String encryptionKeyArn,
        @JsonProperty("EncryptionKeyCheckValue") String encryptionKeyCheckValue,
        @JsonProperty("EncryptedPinBlock") String encryptedPinBlock,
        @JsonProperty("PinData") @JsonSerialize(using = UnionWriter.class)
        @JsonDeserialize(using = PinData.Reader.class) PinData pinData) {

    public GeneratePinDataOutput {
        Objects.requireNonNull(generationKeyArn, "GenerationKeyArn is required");
        Objects.requireNonNull(generationKeyCheckValue, "GenerationKeyCheckValue is required");
        Objects.requireNonNull(encryptionKeyArn, "EncryptionKeyArn is required");
        Objects.requireNonNull(encryptionKeyCheckValue, "EncryptionKeyCheckValue is required");
        Objects.requireNonNull(encryptedPinBlock, "EncryptedPinBlock is required");
        Objects.requireNonNull(pinData, "PinData is required");
    }

    @Override
    public String toString() {
        return "GeneratePinDataOutput[generationKeyArn=" + generationKeyArn + ", generationKeyCheckValue="
                + generationKeyCheckValue + ", encryptionKeyArn=" + encryptionKeyArn + ", encryptionKeyCheckValue="
                + encryptionKeyCheckValue + ", encryptedPinBlock=" + Sensitive.mask(encryptedPinBlock) + ", pinData="
                + pinData + "]";
    }
}
