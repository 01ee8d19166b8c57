package dev.paycrypto.service.keys;

import dev.paycrypto.app.keys.EcdhKeys;
import dev.paycrypto.service.runtime.Input;

/**
 * The ECDH members of the data plane's wrapped keys, not yet read as typed records; gone when the data plane reads
 * its {@code DiffieHellmanSymmetricKey} as a record ({@code EcdhKeys.Request} then takes its place).
 */
public final class EcdhRequests {

    private EcdhRequests() {
    }

    /** The data plane's {@code DiffieHellmanSymmetricKey}, whose key pair is the operation's key identifier. */
    public static EcdhKeys.Request ofSymmetricKey(String privateKeyIdentifier, Input attributes) {
        return new EcdhKeys.Request(privateKeyIdentifier, attributes.string("CertificateAuthorityPublicKeyIdentifier"),
                attributes.string("PublicKeyCertificate"), attributes.string("KeyAlgorithm"),
                attributes.string("KeyDerivationFunction"), attributes.string("KeyDerivationHashAlgorithm"),
                attributes.string("SharedInformation"));
    }
}
