// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * {@code VerifyPinDataOutput}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record VerifyPinDataOutput(
        @JsonProperty("VerificationKeyArn") String verificationKeyArn,
        @JsonProperty("VerificationKeyCheckValue") String verificationKeyCheckValue,
        @JsonProperty("EncryptionKeyArn") String encryptionKeyArn,
        @JsonProperty("EncryptionKeyCheckValue") String encryptionKeyCheckValue) {

    public VerifyPinDataOutput {
        Objects.requireNonNull(verificationKeyArn, "VerificationKeyArn is required");
        Objects.requireNonNull(verificationKeyCheckValue, "VerificationKeyCheckValue is required");
        Objects.requireNonNull(encryptionKeyArn, "EncryptionKeyArn is required");
        Objects.requireNonNull(encryptionKeyCheckValue, "EncryptionKeyCheckValue is required");
    }
}
