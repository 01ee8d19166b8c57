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
 * {@code DecryptDataInput}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DecryptDataInput(
        @JsonProperty("KeyIdentifier") String keyIdentifier,
        @JsonProperty("CipherText") String cipherText,
        @JsonProperty("DecryptionAttributes") @JsonSerialize(using = UnionWriter.class)
        @JsonDeserialize(using = EncryptionDecryptionAttributes.Reader.class)
        EncryptionDecryptionAttributes decryptionAttributes,
        @JsonProperty("WrappedKey") WrappedKey wrappedKey) {

    public DecryptDataInput {
        Objects.requireNonNull(keyIdentifier, "KeyIdentifier is required");
        Objects.requireNonNull(cipherText, "CipherText is required");
        Objects.requireNonNull(decryptionAttributes, "DecryptionAttributes is required");
    }

    @Override
    public String toString() {
        return "DecryptDataInput[keyIdentifier=" + keyIdentifier + ", cipherText=" + Sensitive.mask(cipherText)
                + ", decryptionAttributes=" + decryptionAttributes + ", wrappedKey=" + wrappedKey + "]";
    }
}
