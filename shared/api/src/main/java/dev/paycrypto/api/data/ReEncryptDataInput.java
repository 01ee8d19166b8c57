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
 * {@code ReEncryptDataInput}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReEncryptDataInput(
        @JsonProperty("IncomingKeyIdentifier") String incomingKeyIdentifier,
        @JsonProperty("OutgoingKeyIdentifier") String outgoingKeyIdentifier,
        @JsonProperty("CipherText") String cipherText,
        @JsonProperty("IncomingEncryptionAttributes") @JsonSerialize(using = UnionWriter.class)
        @JsonDeserialize(using = ReEncryptionAttributes.Reader.class)
        ReEncryptionAttributes incomingEncryptionAttributes,
        @JsonProperty("OutgoingEncryptionAttributes") @JsonSerialize(using = UnionWriter.class)
        @JsonDeserialize(using = ReEncryptionAttributes.Reader.class)
        ReEncryptionAttributes outgoingEncryptionAttributes,
        @JsonProperty("IncomingWrappedKey") WrappedKey incomingWrappedKey,
        @JsonProperty("OutgoingWrappedKey") WrappedKey outgoingWrappedKey) {

    public ReEncryptDataInput {
        Objects.requireNonNull(incomingKeyIdentifier, "IncomingKeyIdentifier is required");
        Objects.requireNonNull(outgoingKeyIdentifier, "OutgoingKeyIdentifier is required");
        Objects.requireNonNull(cipherText, "CipherText is required");
        Objects.requireNonNull(incomingEncryptionAttributes, "IncomingEncryptionAttributes is required");
        Objects.requireNonNull(outgoingEncryptionAttributes, "OutgoingEncryptionAttributes is required");
    }

    @Override
    public String toString() {
        return "ReEncryptDataInput[incomingKeyIdentifier=" + incomingKeyIdentifier + ", outgoingKeyIdentifier="
                + outgoingKeyIdentifier + ", cipherText=" + Sensitive.mask(cipherText)
                + ", incomingEncryptionAttributes=" + incomingEncryptionAttributes + ", outgoingEncryptionAttributes="
                + outgoingEncryptionAttributes + ", incomingWrappedKey=" + incomingWrappedKey + ", outgoingWrappedKey="
                + outgoingWrappedKey + "]";
    }
}
