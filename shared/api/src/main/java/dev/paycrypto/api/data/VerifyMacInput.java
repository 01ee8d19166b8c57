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
 * {@code VerifyMacInput}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record VerifyMacInput(
        @JsonProperty("KeyIdentifier") String keyIdentifier,
        @JsonProperty("MessageData") String messageData,
        @JsonProperty("Mac") String mac,
        @JsonProperty("VerificationAttributes") @JsonSerialize(using = UnionWriter.class)
        @JsonDeserialize(using = MacAttributes.Reader.class) MacAttributes verificationAttributes,
        @JsonProperty("MacLength") Integer macLength) {

    public VerifyMacInput {
        Objects.requireNonNull(keyIdentifier, "KeyIdentifier is required");
        Objects.requireNonNull(messageData, "MessageData is required");
        Objects.requireNonNull(mac, "Mac is required");
        Objects.requireNonNull(verificationAttributes, "VerificationAttributes is required");
    }

    @Override
    public String toString() {
        return "VerifyMacInput[keyIdentifier=" + keyIdentifier + ", messageData=" + Sensitive.mask(messageData)
                + ", mac=" + Sensitive.mask(mac) + ", verificationAttributes=" + verificationAttributes + ", macLength="
                + macLength + "]";
    }
}
