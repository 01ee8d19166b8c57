package dev.paycrypto.keys;

import java.util.ArrayList;
import java.util.List;

/**
 * The nine mode-of-use flags of the service. The combinations the service allows are exactly the ones a
 * TR-31 mode-of-use character expresses, so each valid value maps to one character and back.
 */
public record KeyModesOfUse(boolean encrypt, boolean decrypt, boolean wrap, boolean unwrap, boolean generate,
                            boolean sign, boolean verify, boolean deriveKey, boolean noRestrictions) {

    public static final KeyModesOfUse ENCRYPT_DECRYPT_WRAP_UNWRAP =
            new KeyModesOfUse(true, true, true, true, false, false, false, false, false);
    public static final KeyModesOfUse ENCRYPT_WRAP =
            new KeyModesOfUse(true, false, true, false, false, false, false, false, false);
    public static final KeyModesOfUse DECRYPT_UNWRAP =
            new KeyModesOfUse(false, true, false, true, false, false, false, false, false);
    public static final KeyModesOfUse GENERATE =
            new KeyModesOfUse(false, false, false, false, true, false, false, false, false);
    public static final KeyModesOfUse VERIFY =
            new KeyModesOfUse(false, false, false, false, false, false, true, false, false);
    public static final KeyModesOfUse GENERATE_VERIFY =
            new KeyModesOfUse(false, false, false, false, true, false, true, false, false);
    public static final KeyModesOfUse DERIVE_KEY =
            new KeyModesOfUse(false, false, false, false, false, false, false, true, false);
    public static final KeyModesOfUse NO_RESTRICTIONS =
            new KeyModesOfUse(false, false, false, false, false, false, false, false, true);
    public static final KeyModesOfUse SIGN =
            new KeyModesOfUse(false, false, false, false, false, true, false, false, false);

    /** The TR-31 mode-of-use character of this combination (X9.143 table 7). */
    public char tr31ModeOfUse() {
        if (equals(ENCRYPT_DECRYPT_WRAP_UNWRAP)) {
            return 'B';
        } else if (equals(ENCRYPT_WRAP)) {
            return 'E';
        } else if (equals(DECRYPT_UNWRAP)) {
            return 'D';
        } else if (equals(GENERATE)) {
            return 'G';
        } else if (equals(VERIFY)) {
            return 'V';
        } else if (equals(GENERATE_VERIFY)) {
            return 'C';
        } else if (equals(DERIVE_KEY)) {
            return 'X';
        } else if (equals(NO_RESTRICTIONS)) {
            return 'N';
        } else if (equals(SIGN)) {
            return 'S';
        }
        throw new InvalidKeyAttributesException("Unsupported combination of KeyModesOfUse: " + this);
    }

    public static KeyModesOfUse fromTr31ModeOfUse(char mode) {
        return switch (mode) {
            case 'B' -> ENCRYPT_DECRYPT_WRAP_UNWRAP;
            case 'E' -> ENCRYPT_WRAP;
            case 'D' -> DECRYPT_UNWRAP;
            case 'G' -> GENERATE;
            case 'V' -> VERIFY;
            case 'C' -> GENERATE_VERIFY;
            case 'X' -> DERIVE_KEY;
            case 'N' -> NO_RESTRICTIONS;
            case 'S' -> SIGN;
            default -> throw new InvalidKeyAttributesException("Unsupported TR-31 mode of use " + mode);
        };
    }

    /** Whether this key may be used for everything in {@code required} (NoRestrictions allows all). */
    public boolean permits(KeyModesOfUse required) {
        if (noRestrictions) {
            return true;
        }
        return (!required.encrypt || encrypt) && (!required.decrypt || decrypt) && (!required.wrap || wrap)
                && (!required.unwrap || unwrap) && (!required.generate || generate) && (!required.sign || sign)
                && (!required.verify || verify) && (!required.deriveKey || deriveKey)
                && !required.noRestrictions;
    }

    /** The names of the flags that are set, as the API spells them. */
    @Override
    public String toString() {
        List<String> set = new ArrayList<>();
        if (encrypt) set.add("Encrypt");
        if (decrypt) set.add("Decrypt");
        if (wrap) set.add("Wrap");
        if (unwrap) set.add("Unwrap");
        if (generate) set.add("Generate");
        if (sign) set.add("Sign");
        if (verify) set.add("Verify");
        if (deriveKey) set.add("DeriveKey");
        if (noRestrictions) set.add("NoRestrictions");
        return "{" + String.join(", ", set) + "}";
    }
}
