// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * {@code GetPublicKeyCertificateOutput}, a structure of the control-plane model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetPublicKeyCertificateOutput(
        @JsonProperty("KeyCertificate") String keyCertificate,
        @JsonProperty("KeyCertificateChain") String keyCertificateChain) {

    public GetPublicKeyCertificateOutput {
        Objects.requireNonNull(keyCertificate, "KeyCertificate is required");
        Objects.requireNonNull(keyCertificateChain, "KeyCertificateChain is required");
    }
}
