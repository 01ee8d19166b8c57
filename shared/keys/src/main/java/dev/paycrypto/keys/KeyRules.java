package dev.paycrypto.keys;

import static dev.paycrypto.keys.KeyAlgorithm.AES_128;
import static dev.paycrypto.keys.KeyAlgorithm.AES_192;
import static dev.paycrypto.keys.KeyAlgorithm.AES_256;
import static dev.paycrypto.keys.KeyAlgorithm.ECC_NIST_P256;
import static dev.paycrypto.keys.KeyAlgorithm.ECC_NIST_P384;
import static dev.paycrypto.keys.KeyAlgorithm.ECC_NIST_P521;
import static dev.paycrypto.keys.KeyAlgorithm.HMAC_SHA224;
import static dev.paycrypto.keys.KeyAlgorithm.HMAC_SHA256;
import static dev.paycrypto.keys.KeyAlgorithm.HMAC_SHA384;
import static dev.paycrypto.keys.KeyAlgorithm.HMAC_SHA512;
import static dev.paycrypto.keys.KeyAlgorithm.RSA_2048;
import static dev.paycrypto.keys.KeyAlgorithm.RSA_3072;
import static dev.paycrypto.keys.KeyAlgorithm.RSA_4096;
import static dev.paycrypto.keys.KeyAlgorithm.TDES_2KEY;
import static dev.paycrypto.keys.KeyAlgorithm.TDES_3KEY;
import static dev.paycrypto.keys.KeyModesOfUse.DECRYPT_UNWRAP;
import static dev.paycrypto.keys.KeyModesOfUse.DERIVE_KEY;
import static dev.paycrypto.keys.KeyModesOfUse.ENCRYPT_DECRYPT_WRAP_UNWRAP;
import static dev.paycrypto.keys.KeyModesOfUse.ENCRYPT_WRAP;
import static dev.paycrypto.keys.KeyModesOfUse.GENERATE;
import static dev.paycrypto.keys.KeyModesOfUse.GENERATE_VERIFY;
import static dev.paycrypto.keys.KeyModesOfUse.NO_RESTRICTIONS;
import static dev.paycrypto.keys.KeyModesOfUse.SIGN;
import static dev.paycrypto.keys.KeyModesOfUse.VERIFY;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one place that knows which KeyUsage × KeyAlgorithm × KeyModesOfUse × KeyClass combinations exist.
 *
 * <p>Source: AWS Payment Cryptography User Guide, "Understanding key attributes" (the symmetric and asymmetric
 * tables). Deviations, on purpose: {@code TR31_M7_HMAC_KEY} takes the HMAC_SHA* algorithms (the printed table
 * lists TDES/AES, but the MAC chapter and every example use HMAC_SHA224..512); {@code TR31_M0_ISO_16609_MAC_KEY}
 * (AS2805) and {@code TR31_P1_PIN_GENERATION_KEY}, absent from the table, follow their closest relatives
 * (M1 and V2).
 */
public final class KeyRules {

    private record Rule(Set<KeyAlgorithm> algorithms, Set<KeyModesOfUse> pairModes, Set<KeyModesOfUse> publicModes) {
    }

    private static final Set<KeyAlgorithm> TDES = EnumSet.of(TDES_2KEY, TDES_3KEY);
    private static final Set<KeyAlgorithm> TDES_AES = EnumSet.of(TDES_2KEY, TDES_3KEY, AES_128, AES_192, AES_256);
    private static final Set<KeyAlgorithm> HMAC = EnumSet.of(HMAC_SHA224, HMAC_SHA256, HMAC_SHA384, HMAC_SHA512);
    private static final Set<KeyAlgorithm> RSA = EnumSet.of(RSA_2048, RSA_3072, RSA_4096);
    private static final Set<KeyAlgorithm> ECC = EnumSet.of(ECC_NIST_P256, ECC_NIST_P384, ECC_NIST_P521);
    private static final Set<KeyAlgorithm> RSA_ECC = EnumSet.of(RSA_2048, RSA_3072, RSA_4096, ECC_NIST_P256,
            ECC_NIST_P384, ECC_NIST_P521);

    private static final Set<KeyModesOfUse> DERIVE = Set.of(DERIVE_KEY, NO_RESTRICTIONS);
    private static final Set<KeyModesOfUse> CRYPT = Set.of(ENCRYPT_DECRYPT_WRAP_UNWRAP, ENCRYPT_WRAP, DECRYPT_UNWRAP,
            NO_RESTRICTIONS);
    private static final Set<KeyModesOfUse> MAC = Set.of(GENERATE, VERIFY, GENERATE_VERIFY, NO_RESTRICTIONS);

    private static final Map<KeyUsage, Rule> RULES = new EnumMap<>(KeyUsage.class);

    static {
        symmetric(KeyUsage.TR31_B0_BASE_DERIVATION_KEY, TDES_AES, DERIVE);
        symmetric(KeyUsage.TR31_C0_CARD_VERIFICATION_KEY, TDES_AES, MAC);
        symmetric(KeyUsage.TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY, TDES_AES, CRYPT);
        symmetric(KeyUsage.TR31_E0_EMV_MKEY_APP_CRYPTOGRAMS, TDES_AES, DERIVE);
        symmetric(KeyUsage.TR31_E1_EMV_MKEY_CONFIDENTIALITY, TDES_AES, DERIVE);
        symmetric(KeyUsage.TR31_E2_EMV_MKEY_INTEGRITY, TDES_AES, DERIVE);
        symmetric(KeyUsage.TR31_E4_EMV_MKEY_DYNAMIC_NUMBERS, TDES_AES, DERIVE);
        symmetric(KeyUsage.TR31_E5_EMV_MKEY_CARD_PERSONALIZATION, TDES_AES, DERIVE);
        symmetric(KeyUsage.TR31_E6_EMV_MKEY_OTHER, TDES_AES, DERIVE);
        symmetric(KeyUsage.TR31_K0_KEY_ENCRYPTION_KEY, TDES_AES, CRYPT);
        symmetric(KeyUsage.TR31_K1_KEY_BLOCK_PROTECTION_KEY, TDES_AES, CRYPT);
        symmetric(KeyUsage.TR31_M0_ISO_16609_MAC_KEY, TDES, MAC);
        symmetric(KeyUsage.TR31_M1_ISO_9797_1_MAC_KEY, TDES, MAC);
        symmetric(KeyUsage.TR31_M3_ISO_9797_3_MAC_KEY, TDES, MAC);
        symmetric(KeyUsage.TR31_M6_ISO_9797_5_CMAC_KEY, TDES_AES, MAC);
        symmetric(KeyUsage.TR31_M7_HMAC_KEY, HMAC, MAC);
        symmetric(KeyUsage.TR31_P0_PIN_ENCRYPTION_KEY, TDES_AES, CRYPT);
        symmetric(KeyUsage.TR31_P1_PIN_GENERATION_KEY, TDES_AES, MAC);
        symmetric(KeyUsage.TR31_V1_IBM3624_PIN_VERIFICATION_KEY, TDES_AES, MAC);
        symmetric(KeyUsage.TR31_V2_VISA_PIN_VERIFICATION_KEY, TDES_AES, MAC);
        // "{ Encrypt = true, Wrap = true } is the only valid option when importing a public key that is intended
        // for encrypting data or wrapping a key"
        RULES.put(KeyUsage.TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION,
                new Rule(RSA, Set.of(ENCRYPT_DECRYPT_WRAP_UNWRAP, ENCRYPT_WRAP, DECRYPT_UNWRAP), Set.of(ENCRYPT_WRAP)));
        // "{ Verify = true } is the only valid option when importing a key meant for signing"; the certificate
        // authorities of an ECDH partner are ECC ("an ECC certificate must be protected by another ECC certificate")
        RULES.put(KeyUsage.TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE, new Rule(RSA_ECC, Set.of(SIGN, VERIFY),
                Set.of(VERIFY)));
        RULES.put(KeyUsage.TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT, new Rule(ECC, Set.of(DERIVE_KEY),
                Set.of(DERIVE_KEY)));
        RULES.put(KeyUsage.TR31_K2_TR34_ASYMMETRIC_KEY,
                new Rule(RSA, Set.of(DERIVE_KEY, ENCRYPT_DECRYPT_WRAP_UNWRAP, ENCRYPT_WRAP, DECRYPT_UNWRAP),
                        Set.of(ENCRYPT_WRAP)));
    }

    private KeyRules() {
    }

    private static void symmetric(KeyUsage usage, Set<KeyAlgorithm> algorithms, Set<KeyModesOfUse> modes) {
        RULES.put(usage, new Rule(algorithms, modes, Set.of()));
    }

    /**
     * Checks that the attributes describe a key the service can hold.
     *
     * @throws InvalidKeyAttributesException naming what is wrong
     */
    public static void requireValid(KeyAttributes attributes) {
        Rule rule = RULES.get(attributes.keyUsage());
        KeyAlgorithm algorithm = attributes.keyAlgorithm();
        if (!rule.algorithms().contains(algorithm)) {
            throw new InvalidKeyAttributesException("KeyAlgorithm " + algorithm + " is not valid for KeyUsage "
                    + attributes.keyUsage() + "; expected one of " + rule.algorithms());
        }
        KeyClass keyClass = attributes.keyClass();
        Set<KeyModesOfUse> modes;
        if (algorithm.isSymmetric()) {
            requireClass(keyClass, KeyClass.SYMMETRIC_KEY, algorithm);
            modes = rule.pairModes();
        } else if (keyClass == KeyClass.ASYMMETRIC_KEY_PAIR) {
            modes = rule.pairModes();
        } else if (keyClass == KeyClass.PUBLIC_KEY) {
            modes = rule.publicModes();
        } else {
            throw new InvalidKeyAttributesException("KeyClass " + keyClass + " is not valid for KeyAlgorithm "
                    + algorithm + "; expected ASYMMETRIC_KEY_PAIR or PUBLIC_KEY");
        }
        if (!modes.contains(attributes.keyModesOfUse())) {
            throw new InvalidKeyAttributesException("KeyModesOfUse " + attributes.keyModesOfUse()
                    + " is not valid for KeyUsage " + attributes.keyUsage() + " and KeyClass " + keyClass
                    + "; valid for " + attributes.keyUsage() + " " + keyClass + ": " + listed(modes));
        }
    }

    /** The valid combinations in a stable order, each in the modes' wire names: "{Encrypt, Wrap} or {…}". */
    private static String listed(Set<KeyModesOfUse> modes) {
        return modes.stream().map(KeyModesOfUse::toString).sorted()
                .collect(java.util.stream.Collectors.joining(" or "));
    }

    private static void requireClass(KeyClass actual, KeyClass expected, KeyAlgorithm algorithm) {
        if (actual != expected) {
            throw new InvalidKeyAttributesException("KeyClass " + actual + " is not valid for KeyAlgorithm "
                    + algorithm + "; expected " + expected);
        }
    }

    /** The key check value algorithm reported when the caller does not choose one. */
    public static KeyCheckValueAlgorithm defaultCheckValueAlgorithm(KeyAlgorithm algorithm) {
        return switch (algorithm.family()) {
            case TDES -> KeyCheckValueAlgorithm.ANSI_X9_24;
            case AES -> KeyCheckValueAlgorithm.CMAC;
            case HMAC -> KeyCheckValueAlgorithm.HMAC;
            case RSA, ECC -> KeyCheckValueAlgorithm.SHA_1;
        };
    }

    /** Whether the caller may ask for {@code requested} as the key check value algorithm of such a key. */
    public static boolean allowsCheckValueAlgorithm(KeyAlgorithm algorithm, KeyCheckValueAlgorithm requested) {
        return switch (algorithm.family()) {
            // the service reports either form for TDES and AES keys, on request
            case TDES, AES -> requested == KeyCheckValueAlgorithm.ANSI_X9_24 || requested == KeyCheckValueAlgorithm.CMAC;
            case HMAC -> requested == KeyCheckValueAlgorithm.HMAC;
            case RSA, ECC -> requested == KeyCheckValueAlgorithm.SHA_1;
        };
    }
}
