// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.keys.KeyAlgorithm;
import java.util.Objects;

/**
 * {@code GetParametersForExportInput}, a structure of the control-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetParametersForExportInput(
        @JsonProperty("KeyMaterialType") KeyMaterialType keyMaterialType,
        @JsonProperty("SigningKeyAlgorithm") KeyAlgorithm signingKeyAlgorithm,
        @JsonProperty("ReuseLastGeneratedToken") Boolean reuseLastGeneratedToken) {

    public GetParametersForExportInput {
        Objects.requireNonNull(keyMaterialType, "KeyMaterialType is required");
        Objects.requireNonNull(signingKeyAlgorithm, "SigningKeyAlgorithm is required");
    }
}
