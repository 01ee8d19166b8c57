package dev.paycrypto.app.keys;

import dev.paycrypto.api.control.DeriveKeyUsage;
import dev.paycrypto.api.control.Key;
import dev.paycrypto.api.control.KeySummary;
import dev.paycrypto.api.control.MpaStatus;
import dev.paycrypto.api.control.ReplicationStatusType;
import dev.paycrypto.api.control.Tag;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.keys.InvalidKeyAttributesException;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.keys.KeyReplication;
import dev.paycrypto.keys.KeyRules;
import dev.paycrypto.keys.KeyUsage;
import dev.paycrypto.keys.StoredKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key model in the API's shapes and back: a stored key as its {@code Key} and {@code KeySummary} (nothing
 * secret is in either), and requested {@code KeyAttributes} and {@code Tags} as the key model, checked against
 * the service's rules.
 */
public final class KeyShapes {

    public static final int MAX_TAGS = 50;

    private KeyShapes() {
    }

    public static Key key(StoredKey key) {
        return key(key, null);
    }

    /** A key with the status of the multi-party approval its import waited for (null: none). */
    public static Key key(StoredKey key, MpaStatus mpaStatus) {
        KeyReplication replication = key.replication();
        boolean primary = replication != null && replication.role() == KeyReplication.Role.PRIMARY;
        return new Key(key.keyArn(), attributes(key.attributes()), key.keyCheckValue(),
                key.keyCheckValueAlgorithm(), key.enabled(), key.exportable(), key.keyState(), key.keyOrigin(),
                key.createTimestamp(), key.usageStartTimestamp(), key.usageStopTimestamp(),
                key.deletePendingTimestamp(), key.deleteTimestamp(),
                key.deriveKeyUsage() == null ? null : DeriveKeyUsage.valueOf(key.deriveKeyUsage().name()),
                replication == null ? null : replication.role(),
                replication == null ? null : replication.primaryRegion(),
                primary ? statuses(replication) : null,
                replication == null ? null : replication.usingDefaultRegions(), mpaStatus);
    }

    public static KeySummary summary(StoredKey key) {
        KeyReplication replication = key.replication();
        return new KeySummary(key.keyArn(), key.keyState(), attributes(key.attributes()), key.keyCheckValue(),
                key.exportable(), key.enabled(), replication == null ? null : replication.role(),
                replication == null ? null : replication.primaryRegion());
    }

    public static dev.paycrypto.api.control.KeyAttributes attributes(KeyAttributes attributes) {
        KeyModesOfUse modes = attributes.keyModesOfUse();
        return new dev.paycrypto.api.control.KeyAttributes(attributes.keyUsage(), attributes.keyClass(),
                attributes.keyAlgorithm(), new dev.paycrypto.api.control.KeyModesOfUse(
                        modes.has(KeyModesOfUse.Mode.ENCRYPT), modes.has(KeyModesOfUse.Mode.DECRYPT),
                        modes.has(KeyModesOfUse.Mode.WRAP), modes.has(KeyModesOfUse.Mode.UNWRAP),
                        modes.has(KeyModesOfUse.Mode.GENERATE), modes.has(KeyModesOfUse.Mode.SIGN),
                        modes.has(KeyModesOfUse.Mode.VERIFY), modes.has(KeyModesOfUse.Mode.DERIVE_KEY),
                        modes.has(KeyModesOfUse.Mode.NO_RESTRICTIONS)));
    }

    /** Requested attributes, checked against the service's rules; {@code member} names them in a refusal. */
    public static KeyAttributes attributes(dev.paycrypto.api.control.KeyAttributes requested, String member) {
        KeyAttributes attributes = new KeyAttributes(requested.keyUsage(), requested.keyClass(),
                requested.keyAlgorithm(), modesOfUse(requested.keyModesOfUse()));
        try {
            KeyRules.requireValid(attributes);
        } catch (InvalidKeyAttributesException e) {
            throw new ValidationException("Invalid " + member + ": " + e.getMessage());
        }
        return attributes;
    }

    /** A requested {@code KeyModesOfUse}; flags left out are false. */
    public static KeyModesOfUse modesOfUse(dev.paycrypto.api.control.KeyModesOfUse modes) {
        return KeyModesOfUse.fromFlags(mode -> switch (mode) {
            case ENCRYPT -> modes.encrypt();
            case DECRYPT -> modes.decrypt();
            case WRAP -> modes.wrap();
            case UNWRAP -> modes.unwrap();
            case GENERATE -> modes.generate();
            case SIGN -> modes.sign();
            case VERIFY -> modes.verify();
            case DERIVE_KEY -> modes.deriveKey();
            case NO_RESTRICTIONS -> modes.noRestrictions();
        });
    }

    /** A requested {@code DeriveKeyUsage} as the key usage it names; null if absent. */
    public static KeyUsage usage(DeriveKeyUsage deriveKeyUsage) {
        return deriveKeyUsage == null ? null : KeyUsage.valueOf(deriveKeyUsage.name());
    }

    /** Requested {@code Tags} as an ordered map; duplicate keys and more than {@value #MAX_TAGS} are refused. */
    public static Map<String, String> tags(List<Tag> requested, String member) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (requested != null) {
            for (Tag tag : requested) {
                if (tags.put(tag.key(), tag.value()) != null) {
                    throw new ValidationException("Value at '" + member + "' has a duplicate tag key");
                }
            }
        }
        requireTagLimit(tags.size());
        return tags;
    }

    public static void requireTagLimit(int count) {
        if (count > MAX_TAGS) {
            throw new ValidationException("A key can have at most " + MAX_TAGS + " tags");
        }
    }

    private static Map<String, ReplicationStatusType> statuses(KeyReplication replication) {
        Map<String, ReplicationStatusType> statuses = new LinkedHashMap<>();
        replication.regions().forEach((region, status) -> statuses.put(region, new ReplicationStatusType(
                status.status(), status.message())));
        return statuses;
    }
}
