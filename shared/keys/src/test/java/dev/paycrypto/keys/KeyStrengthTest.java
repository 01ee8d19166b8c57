package dev.paycrypto.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The User Guide's minimum-strength table ("Importing and exporting keys"): which wrapping key may protect which. */
class KeyStrengthTest {

    @ParameterizedTest(name = "{0} may protect {1}: {2}")
    @CsvSource({
            "TDES_2KEY, TDES_2KEY, true", "TDES_2KEY, TDES_3KEY, false", "TDES_3KEY, TDES_3KEY, true",
            "AES_128, TDES_3KEY, true", "TDES_3KEY, AES_128, false", "AES_128, AES_192, false",
            "AES_256, AES_256, true", "AES_192, AES_256, false",
            "RSA_2048, TDES_2KEY, true", "RSA_2048, TDES_3KEY, true", "RSA_2048, AES_128, false",
            "RSA_3072, AES_128, true", "RSA_4096, AES_192, false", "RSA_4096, AES_256, false",
            "ECC_NIST_P256, AES_128, true", "ECC_NIST_P256, AES_192, false", "ECC_NIST_P384, AES_192, true",
            "ECC_NIST_P384, AES_256, false", "ECC_NIST_P521, AES_256, true",
    })
    void followsTheTable(KeyAlgorithm wrapping, KeyAlgorithm wrapped, boolean allowed) {
        assertThat(KeyStrength.canProtect(wrapping, wrapped)).isEqualTo(allowed);
    }

    /**
     * HMAC keys: strength min(key bits, the hash's HMAC security strength, NIST SP 800-57 Pt 1 Rev 5 table 3:
     * SHA-224 192, SHA-256/384/512 256); the protector must be at least as strong (its table 2 strength).
     */
    @ParameterizedTest(name = "{0} may protect a {2}-byte {1} key: {3}")
    @CsvSource({
            "AES_256, HMAC_SHA256, 32, true", "ECC_NIST_P521, HMAC_SHA256, 32, true",
            "AES_192, HMAC_SHA256, 32, false", "ECC_NIST_P384, HMAC_SHA256, 32, false",
            "AES_128, HMAC_SHA256, 16, true", "RSA_3072, HMAC_SHA256, 16, true", "ECC_NIST_P256, HMAC_SHA512, 16, true",
            "RSA_2048, HMAC_SHA256, 16, false", "TDES_3KEY, HMAC_SHA224, 16, false",
            "AES_192, HMAC_SHA224, 28, true", "AES_192, HMAC_SHA224, 64, true", "AES_128, HMAC_SHA224, 28, false",
            "AES_192, HMAC_SHA512, 24, true", "AES_192, HMAC_SHA512, 25, false", "AES_256, HMAC_SHA512, 64, true",
    })
    void protectsAnHmacKeyByTheStrengthOfItsLengthAndHash(KeyAlgorithm wrapping, KeyAlgorithm hmac, int keyBytes,
                                                          boolean allowed) {
        assertThat(KeyStrength.canProtect(wrapping, hmac, keyBytes)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} of {1} bytes: {2}")
    @CsvSource({"HMAC_SHA256, 16, true", "HMAC_SHA256, 15, false", "HMAC_SHA224, 64, true", "HMAC_SHA512, 65, false",
            "AES_128, 16, true", "AES_128, 24, false", "TDES_2KEY, 16, true"})
    void hmacKeysMayBeOf16To64BytesOtherSymmetricKeysOfTheirOwnLength(KeyAlgorithm algorithm, int keyBytes,
                                                                      boolean accepted) {
        assertThat(algorithm.acceptsKeyBytes(keyBytes)).isEqualTo(accepted);
    }
}
