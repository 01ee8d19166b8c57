package dev.paycrypto.keys;

/** Key usages of the service, each with its TR-31 / X9.143 key usage code. */
public enum KeyUsage {
    TR31_B0_BASE_DERIVATION_KEY("B0"),
    TR31_C0_CARD_VERIFICATION_KEY("C0"),
    TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY("D0"),
    TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION("D1"),
    TR31_E0_EMV_MKEY_APP_CRYPTOGRAMS("E0"),
    TR31_E1_EMV_MKEY_CONFIDENTIALITY("E1"),
    TR31_E2_EMV_MKEY_INTEGRITY("E2"),
    TR31_E4_EMV_MKEY_DYNAMIC_NUMBERS("E4"),
    TR31_E5_EMV_MKEY_CARD_PERSONALIZATION("E5"),
    TR31_E6_EMV_MKEY_OTHER("E6"),
    TR31_K0_KEY_ENCRYPTION_KEY("K0"),
    TR31_K1_KEY_BLOCK_PROTECTION_KEY("K1"),
    TR31_K2_TR34_ASYMMETRIC_KEY("K2"),
    TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT("K3"),
    TR31_M0_ISO_16609_MAC_KEY("M0"),
    TR31_M1_ISO_9797_1_MAC_KEY("M1"),
    TR31_M3_ISO_9797_3_MAC_KEY("M3"),
    TR31_M6_ISO_9797_5_CMAC_KEY("M6"),
    TR31_M7_HMAC_KEY("M7"),
    TR31_P0_PIN_ENCRYPTION_KEY("P0"),
    TR31_P1_PIN_GENERATION_KEY("P1"),
    TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE("S0"),
    TR31_V1_IBM3624_PIN_VERIFICATION_KEY("V1"),
    TR31_V2_VISA_PIN_VERIFICATION_KEY("V2");

    private final String tr31Code;

    KeyUsage(String tr31Code) {
        this.tr31Code = tr31Code;
    }

    /** The two-character key usage field of a TR-31 header, e.g. {@code C0}. */
    public String tr31Code() {
        return tr31Code;
    }

    public static KeyUsage fromTr31Code(String code) {
        for (KeyUsage usage : values()) {
            if (usage.tr31Code.equals(code)) {
                return usage;
            }
        }
        throw new InvalidKeyAttributesException("Unsupported TR-31 key usage " + code);
    }
}
