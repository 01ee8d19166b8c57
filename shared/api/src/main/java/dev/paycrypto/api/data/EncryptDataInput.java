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
 * {@code EncryptDataInput}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EncryptDataInput(
        @JsonProperty("KeyIdentifier") String keyIdentifier,
        @JsonProperty("PlainText") String plainText,
        @JsonProperty("EncryptionAttributes") @JsonSerialize(using = UnionWriter.class)
        @JsonDeserialize(using = EncryptionDecryptionAttributes.Reader.class)
        EncryptionDecryptionAttributes encryptionAttributes,
        @JsonProperty("WrappedKey") WrappedKey wrappedKey) {

    public EncryptDataInput {
        Objects.requireNonNull(keyIdentifier, "KeyIdentifier is required");
        Objects.requireNonNull(plainText, "PlainText is required");
        Objects.requireNonNull(encryptionAttributes, "EncryptionAttributes is required");
    }

    @Override
    public String toString() {
        return "EncryptDataInput[keyIdentifier=" + keyIdentifier + ", plainText=" + Sensitive.mask(plainText)
                + ", encryptionAttributes=" + encryptionAttributes + ", wrappedKey=" + wrappedKey + "]";
    }
}
