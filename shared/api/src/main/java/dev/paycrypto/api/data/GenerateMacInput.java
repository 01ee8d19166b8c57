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
 * {@code GenerateMacInput}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GenerateMacInput(
        @JsonProperty("KeyIdentifier") String keyIdentifier,
        @JsonProperty("MessageData") String messageData,
        @JsonProperty("GenerationAttributes") @JsonSerialize(using = UnionWriter.class)
        @JsonDeserialize(using = MacAttributes.Reader.class) MacAttributes generationAttributes,
        @JsonProperty("MacLength") Integer macLength) {

    public GenerateMacInput {
        Objects.requireNonNull(keyIdentifier, "KeyIdentifier is required");
        Objects.requireNonNull(messageData, "MessageData is required");
        Objects.requireNonNull(generationAttributes, "GenerationAttributes is required");
    }

    @Override
    public String toString() {
        return "GenerateMacInput[keyIdentifier=" + keyIdentifier + ", messageData=" + Sensitive.mask(messageData)
                + ", generationAttributes=" + generationAttributes + ", macLength=" + macLength + "]";
    }
}
