package dev.paycrypto.service.keys;

import dev.paycrypto.app.keys.EcdhKeys;
import dev.paycrypto.service.runtime.Input;

/** The ECDH members of requests not yet read as typed records; gone when their operations are typed. */
public final class EcdhRequests {

    private EcdhRequests() {
    }

    /** The control plane's and TranslateKeyMaterial's {@code DiffieHellmanTr31KeyBlock}. */
    public static EcdhKeys.Request ofDiffieHellmanTr31(Input block) {
        return new EcdhKeys.Request(block.string("PrivateKeyIdentifier"),
                block.string("CertificateAuthorityPublicKeyIdentifier"), block.string("PublicKeyCertificate"),
                block.string("DeriveKeyAlgorithm"), block.string("KeyDerivationFunction"),
                block.string("KeyDerivationHashAlgorithm"), block.object("DerivationData").string("SharedInformation"));
    }

    /** The data plane's {@code DiffieHellmanSymmetricKey}, whose key pair is the operation's key identifier. */
    public static EcdhKeys.Request ofSymmetricKey(String privateKeyIdentifier, Input attributes) {
        return new EcdhKeys.Request(privateKeyIdentifier, attributes.string("CertificateAuthorityPublicKeyIdentifier"),
                attributes.string("PublicKeyCertificate"), attributes.string("KeyAlgorithm"),
                attributes.string("KeyDerivationFunction"), attributes.string("KeyDerivationHashAlgorithm"),
                attributes.string("SharedInformation"));
    }
}
