package dev.paycrypto.keys;

import java.util.Objects;

/** The immutable attributes of a key, fixed at creation or import. */
public record KeyAttributes(KeyUsage keyUsage, KeyClass keyClass, KeyAlgorithm keyAlgorithm,
                            KeyModesOfUse keyModesOfUse) {

    public KeyAttributes {
        Objects.requireNonNull(keyUsage, "keyUsage");
        Objects.requireNonNull(keyClass, "keyClass");
        Objects.requireNonNull(keyAlgorithm, "keyAlgorithm");
        Objects.requireNonNull(keyModesOfUse, "keyModesOfUse");
    }
}
