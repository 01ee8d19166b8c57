// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.paycrypto.api.json.UnionWriter;
import java.util.Objects;

/**
 * {@code GenerateAs2805KekValidationInput}, a structure of the data-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GenerateAs2805KekValidationInput(
        @JsonProperty("KeyIdentifier") String keyIdentifier,
        @JsonProperty("KekValidationType") @JsonSerialize(using = UnionWriter.class)
        @JsonDeserialize(using = As2805KekValidationType.Reader.class) As2805KekValidationType kekValidationType,
        @JsonProperty("RandomKeySendVariantMask") RandomKeySendVariantMask randomKeySendVariantMask) {

    public GenerateAs2805KekValidationInput {
        Objects.requireNonNull(keyIdentifier, "KeyIdentifier is required");
        Objects.requireNonNull(kekValidationType, "KekValidationType is required");
        Objects.requireNonNull(randomKeySendVariantMask, "RandomKeySendVariantMask is required");
    }
}
