// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code KeyModesOfUse}, a structure of the control-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record KeyModesOfUse(
        @JsonProperty("Encrypt") Boolean encrypt,
        @JsonProperty("Decrypt") Boolean decrypt,
        @JsonProperty("Wrap") Boolean wrap,
        @JsonProperty("Unwrap") Boolean unwrap,
        @JsonProperty("Generate") Boolean generate,
        @JsonProperty("Sign") Boolean sign,
        @JsonProperty("Verify") Boolean verify,
        @JsonProperty("DeriveKey") Boolean deriveKey,
        @JsonProperty("NoRestrictions") Boolean noRestrictions) {
}
