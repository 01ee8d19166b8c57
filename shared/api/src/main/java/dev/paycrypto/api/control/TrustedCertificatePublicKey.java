// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * {@code TrustedCertificatePublicKey}, a structure of the control-plane model.
 * Also the member {@code TrustedCertificatePublicKey} of the union {@link ImportKeyMaterial}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TrustedCertificatePublicKey(
        @JsonProperty("KeyAttributes") KeyAttributes keyAttributes,
        @JsonProperty("PublicKeyCertificate") String publicKeyCertificate,
        @JsonProperty("CertificateAuthorityPublicKeyIdentifier") String certificateAuthorityPublicKeyIdentifier)
        implements ImportKeyMaterial {

    public TrustedCertificatePublicKey {
        Objects.requireNonNull(keyAttributes, "KeyAttributes is required");
        Objects.requireNonNull(publicKeyCertificate, "PublicKeyCertificate is required");
        Objects.requireNonNull(certificateAuthorityPublicKeyIdentifier,
                "CertificateAuthorityPublicKeyIdentifier is required");
    }

    @Override
    public String memberName() {
        return "TrustedCertificatePublicKey";
    }
}
