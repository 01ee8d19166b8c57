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
 * {@code TranslatePinDataInput}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TranslatePinDataInput(
        @JsonProperty("IncomingKeyIdentifier") String incomingKeyIdentifier,
        @JsonProperty("OutgoingKeyIdentifier") String outgoingKeyIdentifier,
        @JsonProperty("IncomingTranslationAttributes") @JsonSerialize(using = UnionWriter.class)
        @JsonDeserialize(using = TranslationIsoFormats.Reader.class)
        TranslationIsoFormats incomingTranslationAttributes,
        @JsonProperty("OutgoingTranslationAttributes") @JsonSerialize(using = UnionWriter.class)
        @JsonDeserialize(using = TranslationIsoFormats.Reader.class)
        TranslationIsoFormats outgoingTranslationAttributes,
        @JsonProperty("EncryptedPinBlock") String encryptedPinBlock,
        @JsonProperty("IncomingDukptAttributes") DukptDerivationAttributes incomingDukptAttributes,
        @JsonProperty("OutgoingDukptAttributes") DukptDerivationAttributes outgoingDukptAttributes,
        @JsonProperty("IncomingWrappedKey") WrappedKey incomingWrappedKey,
        @JsonProperty("OutgoingWrappedKey") WrappedKey outgoingWrappedKey,
        @JsonProperty("IncomingAs2805Attributes") As2805PekDerivationAttributes incomingAs2805Attributes) {

    public TranslatePinDataInput {
        Objects.requireNonNull(incomingKeyIdentifier, "IncomingKeyIdentifier is required");
        Objects.requireNonNull(outgoingKeyIdentifier, "OutgoingKeyIdentifier is required");
        Objects.requireNonNull(incomingTranslationAttributes, "IncomingTranslationAttributes is required");
        Objects.requireNonNull(outgoingTranslationAttributes, "OutgoingTranslationAttributes is required");
        Objects.requireNonNull(encryptedPinBlock, "EncryptedPinBlock is required");
    }

    @Override
    public String toString() {
        return "TranslatePinDataInput[incomingKeyIdentifier=" + incomingKeyIdentifier + ", outgoingKeyIdentifier="
                + outgoingKeyIdentifier + ", incomingTranslationAttributes=" + incomingTranslationAttributes
                + ", outgoingTranslationAttributes=" + outgoingTranslationAttributes + ", encryptedPinBlock="
                + Sensitive.mask(encryptedPinBlock) + ", incomingDukptAttributes=" + incomingDukptAttributes
                + ", outgoingDukptAttributes=" + outgoingDukptAttributes + ", incomingWrappedKey=" + incomingWrappedKey
                + ", outgoingWrappedKey=" + outgoingWrappedKey + ", incomingAs2805Attributes="
                + incomingAs2805Attributes + "]";
    }
}
