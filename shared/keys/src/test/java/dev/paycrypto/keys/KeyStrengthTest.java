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
}
