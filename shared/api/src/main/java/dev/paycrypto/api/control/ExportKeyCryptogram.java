// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * {@code ExportKeyCryptogram}, a structure of the control-plane model.
 * Also the member {@code KeyCryptogram} of the union {@link ExportKeyMaterial}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExportKeyCryptogram(
        @JsonProperty("CertificateAuthorityPublicKeyIdentifier") String certificateAuthorityPublicKeyIdentifier,
        @JsonProperty("WrappingKeyCertificate") String wrappingKeyCertificate,
        @JsonProperty("WrappingSpec") WrappingKeySpec wrappingSpec) implements ExportKeyMaterial {

    public ExportKeyCryptogram {
        Objects.requireNonNull(certificateAuthorityPublicKeyIdentifier,
                "CertificateAuthorityPublicKeyIdentifier is required");
        Objects.requireNonNull(wrappingKeyCertificate, "WrappingKeyCertificate is required");
    }

    @Override
    public String memberName() {
        return "KeyCryptogram";
    }
}
