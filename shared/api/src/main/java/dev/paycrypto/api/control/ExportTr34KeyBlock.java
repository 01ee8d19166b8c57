// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * {@code ExportTr34KeyBlock}, a structure of the control-plane model.
 * Also the member {@code Tr34KeyBlock} of the union {@link ExportKeyMaterial}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExportTr34KeyBlock(
        @JsonProperty("CertificateAuthorityPublicKeyIdentifier") String certificateAuthorityPublicKeyIdentifier,
        @JsonProperty("WrappingKeyCertificate") String wrappingKeyCertificate,
        @JsonProperty("ExportToken") String exportToken,
        @JsonProperty("SigningKeyIdentifier") String signingKeyIdentifier,
        @JsonProperty("SigningKeyCertificate") String signingKeyCertificate,
        @JsonProperty("KeyBlockFormat") Tr34KeyBlockFormat keyBlockFormat,
        @JsonProperty("RandomNonce") String randomNonce,
        @JsonProperty("KeyBlockHeaders") KeyBlockHeaders keyBlockHeaders) implements ExportKeyMaterial {

    public ExportTr34KeyBlock {
        Objects.requireNonNull(certificateAuthorityPublicKeyIdentifier,
                "CertificateAuthorityPublicKeyIdentifier is required");
        Objects.requireNonNull(wrappingKeyCertificate, "WrappingKeyCertificate is required");
        Objects.requireNonNull(keyBlockFormat, "KeyBlockFormat is required");
    }

    @Override
    public String memberName() {
        return "Tr34KeyBlock";
    }
}
