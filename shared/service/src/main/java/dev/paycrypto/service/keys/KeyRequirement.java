package dev.paycrypto.service.keys;

import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.keys.KeyUsage;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.service.errors.ValidationException;
import java.util.Set;

/**
 * What an operation needs of a key: one of some usages, one of some algorithms, and a mode of use. Each data
 * operation declares its requirement once (User Guide, "Key types for specific data operations") and checks every
 * key it is given against it.
 */
public record KeyRequirement(Set<KeyUsage> usages, Set<KeyAlgorithm> algorithms, KeyModesOfUse mode) {

    /** The mode an operation needs to encrypt (a key's EncryptWrap, EncryptDecryptWrapUnwrap or NoRestrictions permit it). */
    public static final KeyModesOfUse ENCRYPT = new KeyModesOfUse(true, false, false, false, false, false, false, false,
            false);
    /** The mode an operation needs to decrypt. */
    public static final KeyModesOfUse DECRYPT = new KeyModesOfUse(false, true, false, false, false, false, false, false,
            false);

    public KeyRequirement {
        usages = Set.copyOf(usages);
        algorithms = Set.copyOf(algorithms);
    }

    /** Refuses a key of the wrong kind with a message naming what was expected. */
    public StoredKey check(StoredKey key) {
        if (!usages.contains(key.attributes().keyUsage())) {
            throw new ValidationException("Key " + key.keyArn() + " has KeyUsage " + key.attributes().keyUsage()
                    + "; this operation requires KeyUsage " + describe(usages));
        }
        if (!algorithms.contains(key.attributes().keyAlgorithm())) {
            throw new ValidationException("Key " + key.keyArn() + " has KeyAlgorithm "
                    + key.attributes().keyAlgorithm() + "; this operation requires KeyAlgorithm "
                    + describe(algorithms));
        }
        if (!key.attributes().keyModesOfUse().permits(mode)) {
            throw new ValidationException("Key " + key.keyArn() + " has KeyModesOfUse "
                    + key.attributes().keyModesOfUse() + "; this operation requires " + mode);
        }
        return key;
    }

    private static String describe(Set<? extends Enum<?>> values) {
        return values.size() == 1 ? values.iterator().next().name()
                : "one of " + values.stream().map(Enum::name).sorted().toList();
    }
}
