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
 * {@code GenerateMacEmvPinChangeOutput}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"NewPinPekArn", "NewPinPekKeyCheckValue", "SecureMessagingIntegrityKeyArn",
        "SecureMessagingIntegrityKeyCheckValue", "SecureMessagingConfidentialityKeyArn",
        "SecureMessagingConfidentialityKeyCheckValue", "EncryptedPinBlock", "Mac"})
public record GenerateMacEmvPinChangeOutput(
        @JsonProperty("NewPinPekArn") String newPinPekArn,
        @JsonProperty("SecureMessagingIntegrityKeyArn") String secureMessagingIntegrityKeyArn,
        @JsonProperty("SecureMessagingConfidentialityKeyArn") String secureMessagingConfidentialityKeyArn,
        @JsonProperty("Mac") String mac,
        @JsonProperty("EncryptedPinBlock") String encryptedPinBlock,
        @JsonProperty("NewPinPekKeyCheckValue") String newPinPekKeyCheckValue,
        @JsonProperty("SecureMessagingIntegrityKeyCheckValue") String secureMessagingIntegrityKeyCheckValue,
        @JsonProperty("SecureMessagingConfidentialityKeyCheckValue") String secureMessagingConfidentialityKeyCheckValue,
        @JsonProperty("VisaAmexDerivationOutputs") VisaAmexDerivationOutputs visaAmexDerivationOutputs) {

    public GenerateMacEmvPinChangeOutput {
        Objects.requireNonNull(newPinPekArn, "NewPinPekArn is required");
        Objects.requireNonNull(secureMessagingIntegrityKeyArn, "SecureMessagingIntegrityKeyArn is required");
        Objects.requireNonNull(secureMessagingConfidentialityKeyArn,
                "SecureMessagingConfidentialityKeyArn is required");
        Objects.requireNonNull(mac, "Mac is required");
        Objects.requireNonNull(encryptedPinBlock, "EncryptedPinBlock is required");
        Objects.requireNonNull(newPinPekKeyCheckValue, "NewPinPekKeyCheckValue is required");
        Objects.requireNonNull(secureMessagingIntegrityKeyCheckValue,
                "SecureMessagingIntegrityKeyCheckValue is required");
        Objects.requireNonNull(secureMessagingConfidentialityKeyCheckValue,
                "SecureMessagingConfidentialityKeyCheckValue is required");
    }

    @Override
    public String toString() {
        return "GenerateMacEmvPinChangeOutput[newPinPekArn=" + newPinPekArn + ", secureMessagingIntegrityKeyArn="
                + secureMessagingIntegrityKeyArn + ", secureMessagingConfidentialityKeyArn="
                + secureMessagingConfidentialityKeyArn + ", mac=" + Sensitive.mask(mac) + ", encryptedPinBlock="
                + Sensitive.mask(encryptedPinBlock) + ", newPinPekKeyCheckValue=" + newPinPekKeyCheckValue
                + ", secureMessagingIntegrityKeyCheckValue=" + secureMessagingIntegrityKeyCheckValue
                + ", secureMessagingConfidentialityKeyCheckValue=" + secureMessagingConfidentialityKeyCheckValue
                + ", visaAmexDerivationOutputs=" + visaAmexDerivationOutputs + "]";
    }
}
