// GENERATED from payment-cryptography-data.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * {@code EcdhDerivationAttributes}, a structure of the data-plane model.
 * Also the member {@code DiffieHellmanSymmetricKey} of the union {@link WrappedKeyMaterial}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EcdhDerivationAttributes(
        @JsonProperty("CertificateAuthorityPublicKeyIdentifier") String certificateAuthorityPublicKeyIdentifier,
        @JsonProperty("PublicKeyCertificate") String publicKeyCertificate,
        @JsonProperty("KeyAlgorithm") SymmetricKeyAlgorithm keyAlgorithm,
        @JsonProperty("KeyDerivationFunction") KeyDerivationFunction keyDerivationFunction,
        @JsonProperty("KeyDerivationHashAlgorithm") KeyDerivationHashAlgorithm keyDerivationHashAlgorithm,
        @JsonProperty("SharedInformation") String sharedInformation) implements WrappedKeyMaterial {

    public EcdhDerivationAttributes {
        Objects.requireNonNull(certificateAuthorityPublicKeyIdentifier,
                "CertificateAuthorityPublicKeyIdentifier is required");
        Objects.requireNonNull(publicKeyCertificate, "PublicKeyCertificate is required");
        Objects.requireNonNull(keyAlgorithm, "KeyAlgorithm is required");
        Objects.requireNonNull(keyDerivationFunction, "KeyDerivationFunction is required");
        Objects.requireNonNull(keyDerivationHashAlgorithm, "KeyDerivationHashAlgorithm is required");
        Objects.requireNonNull(sharedInformation, "SharedInformation is required");
    }

    @Override
    public String memberName() {
        return "DiffieHellmanSymmetricKey";
    }
}
