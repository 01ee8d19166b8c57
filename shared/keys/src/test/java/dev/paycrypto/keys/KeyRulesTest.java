package dev.paycrypto.keys;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The usage × algorithm × modes table of the User Guide, "Understanding key attributes": rows that must be
 * accepted and combinations that must be refused. Mode sets: EDWU, EW, DU, G, V, GV, X, N, S.
 */
class KeyRulesTest {

    @ParameterizedTest(name = "{0} {1} {2} {3} is valid")
    @CsvSource({
            "TR31_B0_BASE_DERIVATION_KEY, SYMMETRIC_KEY, TDES_2KEY, X",
            "TR31_B0_BASE_DERIVATION_KEY, SYMMETRIC_KEY, AES_256, N",
            "TR31_C0_CARD_VERIFICATION_KEY, SYMMETRIC_KEY, TDES_2KEY, GV",
            "TR31_C0_CARD_VERIFICATION_KEY, SYMMETRIC_KEY, TDES_3KEY, G",
            "TR31_C0_CARD_VERIFICATION_KEY, SYMMETRIC_KEY, AES_128, V",
            "TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY, SYMMETRIC_KEY, AES_192, EDWU",
            "TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY, SYMMETRIC_KEY, TDES_3KEY, EW",
            "TR31_E0_EMV_MKEY_APP_CRYPTOGRAMS, SYMMETRIC_KEY, TDES_2KEY, X",
            "TR31_E6_EMV_MKEY_OTHER, SYMMETRIC_KEY, AES_128, N",
            "TR31_K0_KEY_ENCRYPTION_KEY, SYMMETRIC_KEY, TDES_2KEY, DU",
            "TR31_K1_KEY_BLOCK_PROTECTION_KEY, SYMMETRIC_KEY, AES_256, EDWU",
            "TR31_M1_ISO_9797_1_MAC_KEY, SYMMETRIC_KEY, TDES_2KEY, GV",
            "TR31_M3_ISO_9797_3_MAC_KEY, SYMMETRIC_KEY, TDES_3KEY, N",
            "TR31_M6_ISO_9797_5_CMAC_KEY, SYMMETRIC_KEY, AES_128, G",
            "TR31_M7_HMAC_KEY, SYMMETRIC_KEY, HMAC_SHA224, GV",
            "TR31_M7_HMAC_KEY, SYMMETRIC_KEY, HMAC_SHA512, V",
            "TR31_P0_PIN_ENCRYPTION_KEY, SYMMETRIC_KEY, AES_128, EDWU",
            "TR31_V1_IBM3624_PIN_VERIFICATION_KEY, SYMMETRIC_KEY, TDES_3KEY, GV",
            "TR31_V2_VISA_PIN_VERIFICATION_KEY, SYMMETRIC_KEY, TDES_2KEY, GV",
            "TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION, ASYMMETRIC_KEY_PAIR, RSA_2048, EDWU",
            "TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION, PUBLIC_KEY, RSA_4096, EW",
            "TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE, ASYMMETRIC_KEY_PAIR, RSA_3072, S",
            "TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE, PUBLIC_KEY, RSA_2048, V",
            "TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE, PUBLIC_KEY, ECC_NIST_P384, V",
            "TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT, ASYMMETRIC_KEY_PAIR, ECC_NIST_P521, X",
            "TR31_K2_TR34_ASYMMETRIC_KEY, ASYMMETRIC_KEY_PAIR, RSA_2048, DU",
            "TR31_K2_TR34_ASYMMETRIC_KEY, PUBLIC_KEY, RSA_2048, EW",
    })
    void acceptsTheTableRows(KeyUsage usage, KeyClass keyClass, KeyAlgorithm algorithm, String modes) {
        assertThatCode(() -> KeyRules.requireValid(new KeyAttributes(usage, keyClass, algorithm, modes(modes))))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} is refused")
    @CsvSource({
            "TR31_C0_CARD_VERIFICATION_KEY, SYMMETRIC_KEY, TDES_2KEY, EDWU, KeyModesOfUse",
            "TR31_C0_CARD_VERIFICATION_KEY, SYMMETRIC_KEY, RSA_2048, GV, KeyAlgorithm",
            "TR31_C0_CARD_VERIFICATION_KEY, ASYMMETRIC_KEY_PAIR, TDES_2KEY, GV, KeyClass",
            "TR31_B0_BASE_DERIVATION_KEY, SYMMETRIC_KEY, TDES_2KEY, GV, KeyModesOfUse",
            "TR31_M1_ISO_9797_1_MAC_KEY, SYMMETRIC_KEY, AES_128, GV, KeyAlgorithm",
            "TR31_M3_ISO_9797_3_MAC_KEY, SYMMETRIC_KEY, AES_256, G, KeyAlgorithm",
            "TR31_M7_HMAC_KEY, SYMMETRIC_KEY, AES_128, GV, KeyAlgorithm",
            "TR31_P0_PIN_ENCRYPTION_KEY, SYMMETRIC_KEY, HMAC_SHA256, EDWU, KeyAlgorithm",
            "TR31_P0_PIN_ENCRYPTION_KEY, SYMMETRIC_KEY, TDES_2KEY, GV, KeyModesOfUse",
            "TR31_K1_KEY_BLOCK_PROTECTION_KEY, SYMMETRIC_KEY, TDES_2KEY, X, KeyModesOfUse",
            "TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION, PUBLIC_KEY, RSA_2048, DU, KeyModesOfUse",
            "TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION, ASYMMETRIC_KEY_PAIR, ECC_NIST_P256, EDWU, KeyAlgorithm",
            "TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION, PRIVATE_KEY, RSA_2048, DU, KeyClass",
            "TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE, PUBLIC_KEY, RSA_2048, S, KeyModesOfUse",
            "TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT, ASYMMETRIC_KEY_PAIR, RSA_2048, X, KeyAlgorithm",
            "TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT, ASYMMETRIC_KEY_PAIR, ECC_NIST_P256, N, KeyModesOfUse",
    })
    void refusesCombinationsOutsideTheTable(KeyUsage usage, KeyClass keyClass, KeyAlgorithm algorithm, String modes,
                                            String namedField) {
        assertThatThrownBy(() -> KeyRules.requireValid(new KeyAttributes(usage, keyClass, algorithm, modes(modes))))
                .isInstanceOf(InvalidKeyAttributesException.class)
                .hasMessageContaining(namedField);
    }

    @org.junit.jupiter.api.Test
    void aRefusedModesCombinationListsTheValidOnesForItsUsageAndClass() {
        assertThatThrownBy(() -> KeyRules.requireValid(new KeyAttributes(KeyUsage.TR31_P0_PIN_ENCRYPTION_KEY,
                KeyClass.SYMMETRIC_KEY, KeyAlgorithm.TDES_2KEY, modes("GV"))))
                .isInstanceOf(InvalidKeyAttributesException.class)
                .hasMessageContaining("KeyModesOfUse {Generate, Verify}")
                .hasMessageContaining("valid for TR31_P0_PIN_ENCRYPTION_KEY SYMMETRIC_KEY: {Decrypt, Unwrap} or "
                        + "{Encrypt, Decrypt, Wrap, Unwrap} or {Encrypt, Wrap} or {NoRestrictions}");
        // a public key of usage D1 has one valid combination, a key pair of the same usage three
        assertThatThrownBy(() -> KeyRules.requireValid(new KeyAttributes(
                KeyUsage.TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION, KeyClass.PUBLIC_KEY, KeyAlgorithm.RSA_2048,
                modes("DU"))))
                .hasMessageEndingWith("valid for TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION PUBLIC_KEY: "
                        + "{Encrypt, Wrap}");
    }

    @ParameterizedTest(name = "{0} maps to TR-31 mode {1}")
    @CsvSource({"EDWU, B", "EW, E", "DU, D", "G, G", "V, V", "GV, C", "X, X", "N, N", "S, S"})
    void modesMapToTr31ModeOfUseAndBack(String modes, char tr31) {
        KeyModesOfUse value = modes(modes);
        org.assertj.core.api.Assertions.assertThat(value.tr31ModeOfUse()).isEqualTo(tr31);
        org.assertj.core.api.Assertions.assertThat(KeyModesOfUse.fromTr31ModeOfUse(tr31)).isEqualTo(value);
    }

    /** The modes an abbreviation names, one letter per mode (E, D, W, U, G, S, V, X, N). */
    static KeyModesOfUse modes(String abbreviation) {
        java.util.List<KeyModesOfUse.Mode> modes = new java.util.ArrayList<>();
        for (char letter : abbreviation.toCharArray()) {
            modes.add(switch (letter) {
                case 'E' -> KeyModesOfUse.Mode.ENCRYPT;
                case 'D' -> KeyModesOfUse.Mode.DECRYPT;
                case 'W' -> KeyModesOfUse.Mode.WRAP;
                case 'U' -> KeyModesOfUse.Mode.UNWRAP;
                case 'G' -> KeyModesOfUse.Mode.GENERATE;
                case 'S' -> KeyModesOfUse.Mode.SIGN;
                case 'V' -> KeyModesOfUse.Mode.VERIFY;
                case 'X' -> KeyModesOfUse.Mode.DERIVE_KEY;
                case 'N' -> KeyModesOfUse.Mode.NO_RESTRICTIONS;
                default -> throw new IllegalArgumentException(abbreviation);
            });
        }
        return KeyModesOfUse.of(modes);
    }
}
