// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.paycrypto.api.Sensitive;
import dev.paycrypto.api.json.UnionWriter;
import java.util.Objects;

/**
 * {@code ImportDiffieHellmanTr31KeyBlock}, a structure of the control-plane model.
 * Also the member {@code DiffieHellmanTr31KeyBlock} of the union {@link ImportKeyMaterial}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportDiffieHellmanTr31KeyBlock(
        @JsonProperty("PrivateKeyIdentifier") String privateKeyIdentifier,
        @JsonProperty("CertificateAuthorityPublicKeyIdentifier") String certificateAuthorityPublicKeyIdentifier,
        @JsonProperty("PublicKeyCertificate") String publicKeyCertificate,
        @JsonProperty("DeriveKeyAlgorithm") SymmetricKeyAlgorithm deriveKeyAlgorithm,
        @JsonProperty("KeyDerivationFunction") KeyDerivationFunction keyDerivationFunction,
        @JsonProperty("KeyDerivationHashAlgorithm") KeyDerivationHashAlgorithm keyDerivationHashAlgorithm,
        @JsonProperty("DerivationData") @JsonSerialize(using = UnionWriter.class)
        @JsonDeserialize(using = DiffieHellmanDerivationData.Reader.class) DiffieHellmanDerivationData derivationData,
        @JsonProperty("WrappedKeyBlock") String wrappedKeyBlock) implements ImportKeyMaterial {

    public ImportDiffieHellmanTr31KeyBlock {
        Objects.requireNonNull(privateKeyIdentifier, "PrivateKeyIdentifier is required");
        Objects.requireNonNull(certificateAuthorityPublicKeyIdentifier,
                "CertificateAuthorityPublicKeyIdentifier is required");
        Objects.requireNonNull(publicKeyCertificate, "PublicKeyCertificate is required");
        Objects.requireNonNull(deriveKeyAlgorithm, "DeriveKeyAlgorithm is required");
        Objects.requireNonNull(keyDerivationFunction, "KeyDerivationFunction is required");
        Objects.requireNonNull(keyDerivationHashAlgorithm, "KeyDerivationHashAlgorithm is required");
        Objects.requireNonNull(derivationData, "DerivationData is required");
        Objects.requireNonNull(wrappedKeyBlock, "WrappedKeyBlock is required");
    }

    @Override
    public String memberName() {
        return "DiffieHellmanTr31KeyBlock";
    }

    @Override
    public String toString() {
        return "ImportDiffieHellmanTr31KeyBlock[privateKeyIdentifier=" + privateKeyIdentifier
                + ", certificateAuthorityPublicKeyIdentifier=" + certificateAuthorityPublicKeyIdentifier
                + ", publicKeyCertificate=" + publicKeyCertificate + ", deriveKeyAlgorithm=" + deriveKeyAlgorithm
                + ", keyDerivationFunction=" + keyDerivationFunction + ", keyDerivationHashAlgorithm="
                + keyDerivationHashAlgorithm + ", derivationData=" + derivationData + ", wrappedKeyBlock="
                + Sensitive.mask(wrappedKeyBlock) + "]";
    }
}
