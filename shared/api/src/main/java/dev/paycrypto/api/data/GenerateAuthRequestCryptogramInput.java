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
 * {@code GenerateAuthRequestCryptogramInput}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GenerateAuthRequestCryptogramInput(
        @JsonProperty("KeyIdentifier") String keyIdentifier,
        @JsonProperty("TransactionData") String transactionData,
        @JsonProperty("MajorKeyDerivationMode") MajorKeyDerivationMode majorKeyDerivationMode,
        @JsonProperty("SessionKeyDerivationAttributes") @JsonSerialize(using = UnionWriter.class)
        @JsonDeserialize(using = SessionKeyDerivation.Reader.class)
        SessionKeyDerivation sessionKeyDerivationAttributes) {

    public GenerateAuthRequestCryptogramInput {
        Objects.requireNonNull(keyIdentifier, "KeyIdentifier is required");
        Objects.requireNonNull(transactionData, "TransactionData is required");
        Objects.requireNonNull(majorKeyDerivationMode, "MajorKeyDerivationMode is required");
        Objects.requireNonNull(sessionKeyDerivationAttributes, "SessionKeyDerivationAttributes is required");
    }

    @Override
    public String toString() {
        return "GenerateAuthRequestCryptogramInput[keyIdentifier=" + keyIdentifier + ", transactionData="
                + Sensitive.mask(transactionData) + ", majorKeyDerivationMode=" + majorKeyDerivationMode
                + ", sessionKeyDerivationAttributes=" + sessionKeyDerivationAttributes + "]";
    }
}
