// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code ReEncryptDataOutput}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"CipherText", "KeyArn", "KeyCheckValue"})
public record ReEncryptDataOutput(
        @JsonProperty("KeyArn") String keyArn,
        @JsonProperty("KeyCheckValue") String keyCheckValue,
        @JsonProperty("CipherText") String cipherText) {

    public ReEncryptDataOutput {
        Objects.requireNonNull(keyArn, "KeyArn is required");
        Objects.requireNonNull(keyCheckValue, "KeyCheckValue is required");
        Objects.requireNonNull(cipherText, "CipherText is required");
    }

    @Override
    public String toString() {
        return "ReEncryptDataOutput[keyArn=" + keyArn + ", keyCheckValue=" + keyCheckValue + ", cipherText="
                + Sensitive.mask(cipherText) + "]";
    }
}
