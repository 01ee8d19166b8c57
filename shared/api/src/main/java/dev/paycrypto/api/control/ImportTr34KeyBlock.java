// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paycrypto.api.Sensitive;
import java.util.Objects;

/**
 * {@code ImportTr34KeyBlock}, a structure of the control-plane model.
 * Also the member {@code Tr34KeyBlock} of the union {@link ImportKeyMaterial}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportTr34KeyBlock(
        @JsonProperty("CertificateAuthorityPublicKeyIdentifier") String certificateAuthorityPublicKeyIdentifier,
        @JsonProperty("SigningKeyCertificate") String signingKeyCertificate,
        @JsonProperty("ImportToken") String importToken,
        @JsonProperty("WrappingKeyIdentifier") String wrappingKeyIdentifier,
        @JsonProperty("WrappingKeyCertificate") String wrappingKeyCertificate,
        @JsonProperty("WrappedKeyBlock") String wrappedKeyBlock,
        @JsonProperty("KeyBlockFormat") Tr34KeyBlockFormat keyBlockFormat,
        @JsonProperty("RandomNonce") String randomNonce) implements ImportKeyMaterial {

    public ImportTr34KeyBlock {
        Objects.requireNonNull(certificateAuthorityPublicKeyIdentifier,
                "CertificateAuthorityPublicKeyIdentifier is required");
        Objects.requireNonNull(signingKeyCertificate, "SigningKeyCertificate is required");
        Objects.requireNonNull(wrappedKeyBlock, "WrappedKeyBlock is required");
        Objects.requireNonNull(keyBlockFormat, "KeyBlockFormat is required");
    }

    @Override
    public String memberName() {
        return "Tr34KeyBlock";
    }

    @Override
    public String toString() {
        return "ImportTr34KeyBlock[certificateAuthorityPublicKeyIdentifier=" + certificateAuthorityPublicKeyIdentifier
                + ", signingKeyCertificate=" + signingKeyCertificate + ", importToken=" + importToken
                + ", wrappingKeyIdentifier=" + wrappingKeyIdentifier + ", wrappingKeyCertificate="
                + wrappingKeyCertificate + ", wrappedKeyBlock=" + Sensitive.mask(wrappedKeyBlock) + ", keyBlockFormat="
                + keyBlockFormat + ", randomNonce=" + randomNonce + "]";
    }
}
