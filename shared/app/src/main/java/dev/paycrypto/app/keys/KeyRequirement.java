package dev.paycrypto.app.keys;

import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.keys.KeyStrength;
import dev.paycrypto.keys.KeyUsage;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.app.errors.ValidationException;
import java.util.Set;

/**
 * What an operation needs of a key: one of some usages, one of some algorithms, and a mode of use. Each data
 * operation declares its requirement once (User Guide, "Key types for specific data operations") and checks every
 * key it is given against it.
 */
public record KeyRequirement(Set<KeyUsage> usages, Set<KeyAlgorithm> algorithms, KeyModesOfUse mode) {

    public KeyRequirement {
        usages = Set.copyOf(usages);
        algorithms = Set.copyOf(algorithms);
    }

    /**
     * The minimum-strength rule: refuses a {@code key} protected, on its way in or out, by any weaker key of
     * {@code protectors} ({@link KeyStrength#canProtect}); {@code field} names what chose the protector.
     */
    public static void requireProtectedBy(KeyAlgorithm key, String field, KeyAlgorithm... protectors) {
        requireProtectedBy(key, key.isSymmetric() ? key.symmetricKeyBytes() : 0, field, protectors);
    }

    /** As above, for a symmetric key of {@code keyBytes} bytes (an HMAC key's strength depends on its length). */
    public static void requireProtectedBy(KeyAlgorithm key, int keyBytes, String field, KeyAlgorithm... protectors) {
        for (KeyAlgorithm protector : protectors) {
            if (!KeyStrength.canProtect(protector, key, keyBytes)) {
                throw new ValidationException(field + ": a " + protector + " wrapping key is weaker than the " + key
                        + " key it protects");
            }
        }
    }

    /** Refuses a key of the wrong kind with a message naming what was expected. */
    public StoredKey check(StoredKey key) {
        check(key.attributes(), "Key " + key.keyArn());
        return key;
    }

    /** Refuses attributes of the wrong kind; {@code subject} names the key in the message. */
    public void check(KeyAttributes attributes, String subject) {
        if (!usages.contains(attributes.keyUsage())) {
            throw new ValidationException(subject + " has KeyUsage " + attributes.keyUsage()
                    + "; this operation requires KeyUsage " + describe(usages));
        }
        if (!algorithms.contains(attributes.keyAlgorithm())) {
            throw new ValidationException(subject + " has KeyAlgorithm " + attributes.keyAlgorithm()
                    + "; this operation requires KeyAlgorithm " + describe(algorithms));
        }
        if (!attributes.keyModesOfUse().permits(mode)) {
            throw new ValidationException(subject + " has KeyModesOfUse " + attributes.keyModesOfUse()
                    + "; this operation requires " + mode);
        }
    }

    private static String describe(Set<? extends Enum<?>> values) {
        return values.size() == 1 ? values.iterator().next().name()
                : "one of " + values.stream().map(Enum::name).sorted().toList();
    }
}
