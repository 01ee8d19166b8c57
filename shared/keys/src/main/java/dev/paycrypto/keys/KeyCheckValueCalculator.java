package dev.paycrypto.keys;

import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.KeyCheckValues;
import dev.paycrypto.crypto.SecretBytes;
import java.security.PublicKey;
import java.util.Arrays;

/**
 * The key check value the service reports for a key: three bytes (six hex digits) for symmetric keys, four bytes
 * (eight hex digits) of the SHA-1 form for asymmetric keys, as in the User Guide's examples.
 */
public final class KeyCheckValueCalculator {

    private static final int SYMMETRIC_KCV_BYTES = 3;
    private static final int ASYMMETRIC_KCV_BYTES = 4;

    private KeyCheckValueCalculator() {
    }

    public static String compute(KeyAlgorithm algorithm, KeyCheckValueAlgorithm kcvAlgorithm, KeyMaterial material) {
        if (!KeyRules.allowsCheckValueAlgorithm(algorithm, kcvAlgorithm)) {
            throw new InvalidKeyAttributesException("KeyCheckValueAlgorithm " + kcvAlgorithm
                    + " is not available for KeyAlgorithm " + algorithm);
        }
        if (material instanceof KeyMaterial.SymmetricKey symmetric) {
            return symmetric(algorithm, kcvAlgorithm, symmetric.key());
        }
        return asymmetric(material.publicKey());
    }

    private static String symmetric(KeyAlgorithm algorithm, KeyCheckValueAlgorithm kcvAlgorithm, SecretBytes key) {
        byte[] full = switch (algorithm.family()) {
            case TDES -> kcvAlgorithm == KeyCheckValueAlgorithm.CMAC ? KeyCheckValues.tdesCmac(key)
                    : KeyCheckValues.ansiX924(key);
            case AES -> kcvAlgorithm == KeyCheckValueAlgorithm.ANSI_X9_24 ? KeyCheckValues.aesEcb(key)
                    : KeyCheckValues.cmac(key);
            case HMAC -> KeyCheckValues.hmac(key, algorithm.hmacJceName());
            default -> throw new IllegalStateException("not symmetric: " + algorithm);
        };
        return Hex.encode(Arrays.copyOf(full, SYMMETRIC_KCV_BYTES));
    }

    private static String asymmetric(PublicKey publicKey) {
        return Hex.encode(Arrays.copyOf(KeyCheckValues.sha1(publicKey), ASYMMETRIC_KCV_BYTES));
    }
}
