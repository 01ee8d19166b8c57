package dev.paycrypto.keys;

import dev.paycrypto.crypto.KeyMaterialGenerator;
import java.security.KeyPair;
import java.security.SecureRandom;

/** Fresh key material for every algorithm the service creates keys of. */
public final class KeyMaterials {

    private KeyMaterials() {
    }

    public static KeyMaterial generate(KeyAttributes attributes, SecureRandom random) {
        KeyMaterialGenerator generator = new KeyMaterialGenerator(random);
        KeyAlgorithm algorithm = attributes.keyAlgorithm();
        return switch (algorithm.family()) {
            case TDES -> new KeyMaterial.SymmetricKey(generator.tdes(algorithm.symmetricKeyBytes()));
            case AES -> new KeyMaterial.SymmetricKey(generator.aes(algorithm.symmetricKeyBytes()));
            case HMAC -> new KeyMaterial.SymmetricKey(generator.hmac(algorithm.symmetricKeyBytes()));
            case RSA -> pair(generator.rsa(algorithm.bits()));
            case ECC -> pair(generator.ec(algorithm.curveName()));
        };
    }

    private static KeyMaterial pair(KeyPair pair) {
        return new KeyMaterial.KeyPair(pair.getPrivate(), pair.getPublic());
    }
}
