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
 * {@code VerifyPinDataInput}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record VerifyPinDataInput(
        @JsonProperty("VerificationKeyIdentifier") String verificationKeyIdentifier,
        @JsonProperty("EncryptionKeyIdentifier") String encryptionKeyIdentifier,
        @JsonProperty("VerificationAttributes") @JsonSerialize(using = UnionWriter.class)
        @JsonDeserialize(using = PinVerificationAttributes.Reader.class)
        PinVerificationAttributes verificationAttributes,
        @JsonProperty("EncryptedPinBlock") String encryptedPinBlock,
        @JsonProperty("PrimaryAccountNumber") String primaryAccountNumber,
        @JsonProperty("PinBlockFormat") PinBlockFormatForPinData pinBlockFormat,
        @JsonProperty("PinDataLength") Integer pinDataLength,
        @JsonProperty("DukptAttributes") DukptAttributes dukptAttributes,
        @JsonProperty("EncryptionWrappedKey") WrappedKey encryptionWrappedKey) {

    public VerifyPinDataInput {
        Objects.requireNonNull(verificationKeyIdentifier, "VerificationKeyIdentifier is required");
        Objects.requireNonNull(encryptionKeyIdentifier, "EncryptionKeyIdentifier is required");
        Objects.requireNonNull(verificationAttributes, "VerificationAttributes is required");
        Objects.requireNonNull(encryptedPinBlock, "EncryptedPinBlock is required");
        Objects.requireNonNull(pinBlockFormat, "PinBlockFormat is required");
    }

    @Override
    public String toString() {
        return "VerifyPinDataInput[verificationKeyIdentifier=" + verificationKeyIdentifier
                + ", encryptionKeyIdentifier=" + encryptionKeyIdentifier + ", verificationAttributes="
                + verificationAttributes + ", encryptedPinBlock=" + Sensitive.mask(encryptedPinBlock)
                + ", primaryAccountNumber=" + Sensitive.mask(primaryAccountNumber) + ", pinBlockFormat="
                + pinBlockFormat + ", pinDataLength=" + pinDataLength + ", dukptAttributes=" + dukptAttributes
                + ", encryptionWrappedKey=" + encryptionWrappedKey + "]";
    }
}
