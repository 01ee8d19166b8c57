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
 * {@code GenerateMacEmvPinChangeInput}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GenerateMacEmvPinChangeInput(
        @JsonProperty("NewPinPekIdentifier") String newPinPekIdentifier,
        @JsonProperty("NewEncryptedPinBlock") String newEncryptedPinBlock,
        @JsonProperty("PinBlockFormat") PinBlockFormatForEmvPinChange pinBlockFormat,
        @JsonProperty("SecureMessagingIntegrityKeyIdentifier") String secureMessagingIntegrityKeyIdentifier,
        @JsonProperty("SecureMessagingConfidentialityKeyIdentifier") String secureMessagingConfidentialityKeyIdentifier,
        @JsonProperty("MessageData") String messageData,
        @JsonProperty("DerivationMethodAttributes") @JsonSerialize(using = UnionWriter.class)
        @JsonDeserialize(using = DerivationMethodAttributes.Reader.class)
        DerivationMethodAttributes derivationMethodAttributes) {

    public GenerateMacEmvPinChangeInput {
        Objects.requireNonNull(newPinPekIdentifier, "NewPinPekIdentifier is required");
        Objects.requireNonNull(newEncryptedPinBlock, "NewEncryptedPinBlock is required");
        Objects.requireNonNull(pinBlockFormat, "PinBlockFormat is required");
        Objects.requireNonNull(secureMessagingIntegrityKeyIdentifier,
                "SecureMessagingIntegrityKeyIdentifier is required");
        Objects.requireNonNull(secureMessagingConfidentialityKeyIdentifier,
                "SecureMessagingConfidentialityKeyIdentifier is required");
        Objects.requireNonNull(messageData, "MessageData is required");
        Objects.requireNonNull(derivationMethodAttributes, "DerivationMethodAttributes is required");
    }

    @Override
    public String toString() {
        return "GenerateMacEmvPinChangeInput[newPinPekIdentifier=" + newPinPekIdentifier + ", newEncryptedPinBlock="
                + Sensitive.mask(newEncryptedPinBlock) + ", pinBlockFormat=" + pinBlockFormat
                + ", secureMessagingIntegrityKeyIdentifier=" + secureMessagingIntegrityKeyIdentifier
                + ", secureMessagingConfidentialityKeyIdentifier=" + secureMessagingConfidentialityKeyIdentifier
                + ", messageData=" + Sensitive.mask(messageData) + ", derivationMethodAttributes="
                + derivationMethodAttributes + "]";
    }
}
