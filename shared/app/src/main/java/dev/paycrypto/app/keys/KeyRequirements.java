package dev.paycrypto.app.keys;

import static dev.paycrypto.keys.KeyAlgorithm.AES_128;
import static dev.paycrypto.keys.KeyAlgorithm.AES_192;
import static dev.paycrypto.keys.KeyAlgorithm.AES_256;
import static dev.paycrypto.keys.KeyAlgorithm.HMAC_SHA224;
import static dev.paycrypto.keys.KeyAlgorithm.HMAC_SHA256;
import static dev.paycrypto.keys.KeyAlgorithm.HMAC_SHA384;
import static dev.paycrypto.keys.KeyAlgorithm.HMAC_SHA512;
import static dev.paycrypto.keys.KeyAlgorithm.RSA_2048;
import static dev.paycrypto.keys.KeyAlgorithm.RSA_3072;
import static dev.paycrypto.keys.KeyAlgorithm.RSA_4096;
import static dev.paycrypto.keys.KeyAlgorithm.TDES_2KEY;
import static dev.paycrypto.keys.KeyAlgorithm.TDES_3KEY;
import static dev.paycrypto.keys.KeyUsage.TR31_B0_BASE_DERIVATION_KEY;
import static dev.paycrypto.keys.KeyUsage.TR31_C0_CARD_VERIFICATION_KEY;
import static dev.paycrypto.keys.KeyUsage.TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY;
import static dev.paycrypto.keys.KeyUsage.TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION;
import static dev.paycrypto.keys.KeyUsage.TR31_E0_EMV_MKEY_APP_CRYPTOGRAMS;
import static dev.paycrypto.keys.KeyUsage.TR31_E1_EMV_MKEY_CONFIDENTIALITY;
import static dev.paycrypto.keys.KeyUsage.TR31_E2_EMV_MKEY_INTEGRITY;
import static dev.paycrypto.keys.KeyUsage.TR31_E4_EMV_MKEY_DYNAMIC_NUMBERS;
import static dev.paycrypto.keys.KeyUsage.TR31_E6_EMV_MKEY_OTHER;
import static dev.paycrypto.keys.KeyUsage.TR31_K0_KEY_ENCRYPTION_KEY;
import static dev.paycrypto.keys.KeyUsage.TR31_K1_KEY_BLOCK_PROTECTION_KEY;
import static dev.paycrypto.keys.KeyUsage.TR31_K2_TR34_ASYMMETRIC_KEY;
import static dev.paycrypto.keys.KeyUsage.TR31_M0_ISO_16609_MAC_KEY;
import static dev.paycrypto.keys.KeyUsage.TR31_M1_ISO_9797_1_MAC_KEY;
import static dev.paycrypto.keys.KeyUsage.TR31_M3_ISO_9797_3_MAC_KEY;
import static dev.paycrypto.keys.KeyUsage.TR31_M6_ISO_9797_5_CMAC_KEY;
import static dev.paycrypto.keys.KeyUsage.TR31_M7_HMAC_KEY;
import static dev.paycrypto.keys.KeyUsage.TR31_P0_PIN_ENCRYPTION_KEY;
import static dev.paycrypto.keys.KeyUsage.TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE;
import static dev.paycrypto.keys.KeyUsage.TR31_V1_IBM3624_PIN_VERIFICATION_KEY;
import static dev.paycrypto.keys.KeyUsage.TR31_V2_VISA_PIN_VERIFICATION_KEY;

import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.keys.KeyUsage;
import dev.paycrypto.keys.StoredKey;
import java.util.EnumSet;
import java.util.Set;

/**
 * What every operation requires of each key it uses, in one table (User Guide, "Key types for specific data
 * operations" and "Valid key attributes"): the usages it accepts, the algorithms, and the mode of use it needs.
 * Operations name a row; nothing else declares a requirement.
 */
public enum KeyRequirements {

    // card validation: GenerateCardValidationData, VerifyCardValidationData
    CARD_VERIFICATION_GENERATE(Set.of(TR31_C0_CARD_VERIFICATION_KEY), Algorithms.TDES_2KEY_ONLY,
            KeyModesOfUse.GENERATE),
    CARD_VERIFICATION_VERIFY(Set.of(TR31_C0_CARD_VERIFICATION_KEY), Algorithms.TDES_2KEY_ONLY, KeyModesOfUse.VERIFY),
    DYNAMIC_CARD_VERIFICATION_VALUE(Set.of(TR31_E6_EMV_MKEY_OTHER, TR31_E4_EMV_MKEY_DYNAMIC_NUMBERS),
            Algorithms.TDES_2KEY_ONLY, KeyModesOfUse.DERIVE_KEY),
    DYNAMIC_CARD_VERIFICATION_CODE(Set.of(TR31_E4_EMV_MKEY_DYNAMIC_NUMBERS), Algorithms.TDES_2KEY_ONLY,
            KeyModesOfUse.DERIVE_KEY),

    // PIN blocks: TDES keys carry ISO formats 0, 1 and 3, AES keys format 4
    PIN_ENCRYPTION_TDES(Set.of(TR31_P0_PIN_ENCRYPTION_KEY), Algorithms.TDES, KeyModesOfUse.ENCRYPT),
    PIN_ENCRYPTION_AES(Set.of(TR31_P0_PIN_ENCRYPTION_KEY), Algorithms.AES, KeyModesOfUse.ENCRYPT),
    PIN_DECRYPTION_TDES(Set.of(TR31_P0_PIN_ENCRYPTION_KEY), Algorithms.TDES, KeyModesOfUse.DECRYPT),
    PIN_DECRYPTION_AES(Set.of(TR31_P0_PIN_ENCRYPTION_KEY), Algorithms.AES, KeyModesOfUse.DECRYPT),
    VISA_PIN_GENERATE(Set.of(TR31_V2_VISA_PIN_VERIFICATION_KEY), Algorithms.TDES, KeyModesOfUse.GENERATE),
    VISA_PIN_VERIFY(Set.of(TR31_V2_VISA_PIN_VERIFICATION_KEY), Algorithms.TDES, KeyModesOfUse.VERIFY),
    IBM3624_PIN_GENERATE(Set.of(TR31_V1_IBM3624_PIN_VERIFICATION_KEY), Algorithms.TDES, KeyModesOfUse.GENERATE),
    IBM3624_PIN_VERIFY(Set.of(TR31_V1_IBM3624_PIN_VERIFICATION_KEY), Algorithms.TDES, KeyModesOfUse.VERIFY),

    // MACs: GenerateMac, VerifyMac (an HMAC_SHAxxx algorithm narrows the HMAC rows to that one algorithm)
    ISO9797_1_MAC_GENERATE(Set.of(TR31_M1_ISO_9797_1_MAC_KEY), Algorithms.TDES, KeyModesOfUse.GENERATE),
    ISO9797_1_MAC_VERIFY(Set.of(TR31_M1_ISO_9797_1_MAC_KEY), Algorithms.TDES, KeyModesOfUse.VERIFY),
    ISO9797_3_MAC_GENERATE(Set.of(TR31_M3_ISO_9797_3_MAC_KEY), Algorithms.TDES_2KEY_ONLY, KeyModesOfUse.GENERATE),
    ISO9797_3_MAC_VERIFY(Set.of(TR31_M3_ISO_9797_3_MAC_KEY), Algorithms.TDES_2KEY_ONLY, KeyModesOfUse.VERIFY),
    CMAC_GENERATE(Set.of(TR31_M6_ISO_9797_5_CMAC_KEY), Algorithms.TDES_AES, KeyModesOfUse.GENERATE),
    CMAC_VERIFY(Set.of(TR31_M6_ISO_9797_5_CMAC_KEY), Algorithms.TDES_AES, KeyModesOfUse.VERIFY),
    HMAC_GENERATE(Set.of(TR31_M7_HMAC_KEY), Algorithms.HMAC, KeyModesOfUse.GENERATE),
    HMAC_VERIFY(Set.of(TR31_M7_HMAC_KEY), Algorithms.HMAC, KeyModesOfUse.VERIFY),
    AS2805_MAC_GENERATE(Set.of(TR31_M0_ISO_16609_MAC_KEY), Algorithms.TDES_2KEY_ONLY, KeyModesOfUse.GENERATE),
    AS2805_MAC_VERIFY(Set.of(TR31_M0_ISO_16609_MAC_KEY), Algorithms.TDES_2KEY_ONLY, KeyModesOfUse.VERIFY),

    // EMV issuer master keys, from which card and session keys are derived
    EMV_APPLICATION_CRYPTOGRAMS(Set.of(TR31_E0_EMV_MKEY_APP_CRYPTOGRAMS), Algorithms.TDES, KeyModesOfUse.DERIVE_KEY),
    EMV_PIN_CHANGE_CRYPTOGRAMS(Set.of(TR31_E0_EMV_MKEY_APP_CRYPTOGRAMS), Algorithms.TDES_2KEY_ONLY,
            KeyModesOfUse.DERIVE_KEY),
    EMV_SECURE_MESSAGING_CONFIDENTIALITY(Set.of(TR31_E1_EMV_MKEY_CONFIDENTIALITY), Algorithms.TDES_2KEY_ONLY,
            KeyModesOfUse.DERIVE_KEY),
    EMV_SECURE_MESSAGING_INTEGRITY(Set.of(TR31_E2_EMV_MKEY_INTEGRITY), Algorithms.TDES_2KEY_ONLY,
            KeyModesOfUse.DERIVE_KEY),
    EMV_DATA_ENCRYPTION(Set.of(TR31_E1_EMV_MKEY_CONFIDENTIALITY, TR31_E6_EMV_MKEY_OTHER), Algorithms.TDES_2KEY_ONLY,
            KeyModesOfUse.DERIVE_KEY),

    // DUKPT base derivation keys
    DUKPT_BASE_DERIVATION(Set.of(TR31_B0_BASE_DERIVATION_KEY), Algorithms.DUKPT_BDK, KeyModesOfUse.DERIVE_KEY),

    // data encryption: EncryptData, DecryptData, ReEncryptData
    DATA_ENCRYPT(Set.of(TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY), Algorithms.TDES_AES, KeyModesOfUse.ENCRYPT),
    DATA_DECRYPT(Set.of(TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY), Algorithms.TDES_AES, KeyModesOfUse.DECRYPT),
    ASYMMETRIC_DATA_ENCRYPT(Set.of(TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION), Algorithms.RSA,
            KeyModesOfUse.ENCRYPT),
    ASYMMETRIC_DATA_DECRYPT(Set.of(TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION), Algorithms.RSA,
            KeyModesOfUse.DECRYPT),

    // key exchange: TR-31 key-block protection keys, TR-34 key pairs
    KEY_BLOCK_UNWRAP(Algorithms.KBPK_USAGES, Algorithms.TDES_AES, KeyModesOfUse.UNWRAP),
    KEY_BLOCK_WRAP(Algorithms.KBPK_USAGES, Algorithms.TDES_AES, KeyModesOfUse.WRAP),
    TR34_RECEIVING(Set.of(TR31_K2_TR34_ASYMMETRIC_KEY), Algorithms.RSA, KeyModesOfUse.UNWRAP),
    TR34_SIGNING(Set.of(TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE), Algorithms.RSA, KeyModesOfUse.SIGN),

    // AS2805: the KEK of key cryptograms and KEK validation (Wrap to send: export, validation request; Unwrap to
    // receive: import, validation response), and the PIN protection key from which a transaction's KPE is derived
    AS2805_KEK_WRAP(Set.of(TR31_K0_KEY_ENCRYPTION_KEY), Algorithms.TDES, KeyModesOfUse.WRAP),
    AS2805_KEK_UNWRAP(Set.of(TR31_K0_KEY_ENCRYPTION_KEY), Algorithms.TDES, KeyModesOfUse.UNWRAP),
    AS2805_PIN_PROTECTION(Set.of(TR31_P0_PIN_ENCRYPTION_KEY), Algorithms.TDES, KeyModesOfUse.DECRYPT);

    private final KeyRequirement requirement;

    KeyRequirements(Set<KeyUsage> usages, Set<KeyAlgorithm> algorithms, KeyModesOfUse mode) {
        this.requirement = new KeyRequirement(usages, algorithms, mode);
    }

    public KeyRequirement requirement() {
        return requirement;
    }

    /** This row narrowed to one of its algorithms (an HMAC MAC names its hash). */
    public KeyRequirement withAlgorithm(KeyAlgorithm algorithm) {
        if (!requirement.algorithms().contains(algorithm)) {
            throw new IllegalArgumentException(name() + " does not admit " + algorithm);
        }
        return new KeyRequirement(requirement.usages(), Set.of(algorithm), requirement.mode());
    }

    public StoredKey check(StoredKey key) {
        return requirement.check(key);
    }

    public void check(KeyAttributes attributes, String subject) {
        requirement.check(attributes, subject);
    }

    /** The algorithm sets the rows share. */
    private static final class Algorithms {
        static final Set<KeyAlgorithm> TDES_2KEY_ONLY = EnumSet.of(TDES_2KEY);
        static final Set<KeyAlgorithm> TDES = EnumSet.of(TDES_2KEY, TDES_3KEY);
        static final Set<KeyAlgorithm> AES = EnumSet.of(AES_128, AES_192, AES_256);
        static final Set<KeyAlgorithm> TDES_AES = EnumSet.of(TDES_2KEY, TDES_3KEY, AES_128, AES_192, AES_256);
        static final Set<KeyAlgorithm> DUKPT_BDK = EnumSet.of(TDES_2KEY, AES_128, AES_192, AES_256);
        static final Set<KeyAlgorithm> HMAC = EnumSet.of(HMAC_SHA224, HMAC_SHA256, HMAC_SHA384, HMAC_SHA512);
        static final Set<KeyAlgorithm> RSA = EnumSet.of(RSA_2048, RSA_3072, RSA_4096);
        static final Set<KeyUsage> KBPK_USAGES = Set.of(TR31_K0_KEY_ENCRYPTION_KEY, TR31_K1_KEY_BLOCK_PROTECTION_KEY);

        private Algorithms() {
        }
    }
}
