package dev.paycrypto.keys;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a key may be used for: a set of the service's nine modes of use. The combinations the service allows are
 * exactly the ones a TR-31 mode-of-use character expresses (X9.143 table 7), so each valid value maps to one
 * character and back.
 */
public final class KeyModesOfUse {

    /** One mode of use, with its member name in the API's {@code KeyModesOfUse} shape. */
    public enum Mode {
        ENCRYPT("Encrypt"), DECRYPT("Decrypt"), WRAP("Wrap"), UNWRAP("Unwrap"), GENERATE("Generate"), SIGN("Sign"),
        VERIFY("Verify"), DERIVE_KEY("DeriveKey"), NO_RESTRICTIONS("NoRestrictions");

        private final String wireName;

        Mode(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    public static final KeyModesOfUse ENCRYPT_DECRYPT_WRAP_UNWRAP =
            of(Mode.ENCRYPT, Mode.DECRYPT, Mode.WRAP, Mode.UNWRAP);
    public static final KeyModesOfUse ENCRYPT_WRAP = of(Mode.ENCRYPT, Mode.WRAP);
    public static final KeyModesOfUse DECRYPT_UNWRAP = of(Mode.DECRYPT, Mode.UNWRAP);
    public static final KeyModesOfUse GENERATE = of(Mode.GENERATE);
    public static final KeyModesOfUse VERIFY = of(Mode.VERIFY);
    public static final KeyModesOfUse GENERATE_VERIFY = of(Mode.GENERATE, Mode.VERIFY);
    public static final KeyModesOfUse DERIVE_KEY = of(Mode.DERIVE_KEY);
    public static final KeyModesOfUse NO_RESTRICTIONS = of(Mode.NO_RESTRICTIONS);
    public static final KeyModesOfUse SIGN = of(Mode.SIGN);
    /** What an operation needs to encrypt, decrypt, wrap or unwrap (a requirement, not a valid combination). */
    public static final KeyModesOfUse ENCRYPT = of(Mode.ENCRYPT);
    public static final KeyModesOfUse DECRYPT = of(Mode.DECRYPT);
    public static final KeyModesOfUse WRAP = of(Mode.WRAP);
    public static final KeyModesOfUse UNWRAP = of(Mode.UNWRAP);

    /** The TR-31 mode-of-use character of each combination the service allows. */
    private static final Map<KeyModesOfUse, Character> TR31 = Map.of(ENCRYPT_DECRYPT_WRAP_UNWRAP, 'B',
            ENCRYPT_WRAP, 'E', DECRYPT_UNWRAP, 'D', GENERATE, 'G', VERIFY, 'V', GENERATE_VERIFY, 'C', DERIVE_KEY, 'X',
            NO_RESTRICTIONS, 'N', SIGN, 'S');
    private static final Map<Character, KeyModesOfUse> BY_TR31 = TR31.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    private final Set<Mode> modes;

    private KeyModesOfUse(Set<Mode> modes) {
        this.modes = modes;
    }

    public static KeyModesOfUse of(Mode... modes) {
        return of(Arrays.asList(modes));
    }

    public static KeyModesOfUse of(Collection<Mode> modes) {
        EnumSet<Mode> set = EnumSet.noneOf(Mode.class);
        set.addAll(modes);
        return new KeyModesOfUse(java.util.Collections.unmodifiableSet(set));
    }

    /** The modes whose flag {@code flag} reports set (flags left out, or null, are not set). */
    public static KeyModesOfUse fromFlags(Function<Mode, Boolean> flag) {
        EnumSet<Mode> set = EnumSet.noneOf(Mode.class);
        for (Mode mode : Mode.values()) {
            if (Boolean.TRUE.equals(flag.apply(mode))) {
                set.add(mode);
            }
        }
        return of(set);
    }

    public boolean has(Mode mode) {
        return modes.contains(mode);
    }

    public Set<Mode> modes() {
        return modes;
    }

    /** The TR-31 mode-of-use character of this combination. */
    public char tr31ModeOfUse() {
        Character mode = TR31.get(this);
        if (mode == null) {
            throw new InvalidKeyAttributesException("Unsupported combination of KeyModesOfUse: " + this);
        }
        return mode;
    }

    public static KeyModesOfUse fromTr31ModeOfUse(char mode) {
        KeyModesOfUse modes = BY_TR31.get(mode);
        if (modes == null) {
            throw new InvalidKeyAttributesException("Unsupported TR-31 mode of use " + mode);
        }
        return modes;
    }

    /** Whether this key may be used for everything in {@code required} (NoRestrictions allows all). */
    public boolean permits(KeyModesOfUse required) {
        if (has(Mode.NO_RESTRICTIONS)) {
            return true;
        }
        return !required.has(Mode.NO_RESTRICTIONS) && modes.containsAll(required.modes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyModesOfUse that && modes.equals(that.modes);
    }

    @Override
    public int hashCode() {
        return modes.hashCode();
    }

    /** The modes that are set, as the API spells them. */
    @Override
    public String toString() {
        return modes.stream().map(Mode::wireName).collect(Collectors.joining(", ", "{", "}"));
    }
}
