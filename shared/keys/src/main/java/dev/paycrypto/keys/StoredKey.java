package dev.paycrypto.keys;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One key as the store holds it: its metadata beside its material, which is a TR-31 key block sealed under the
 * storage key block protection key ({@code keyBlock}). {@code version} increases by one on every write, so that
 * concurrent updates are detected rather than lost.
 */
public record StoredKey(
        String account,
        String keyId,
        String keyArn,
        KeyAttributes attributes,
        String keyCheckValue,
        KeyCheckValueAlgorithm keyCheckValueAlgorithm,
        boolean enabled,
        boolean exportable,
        KeyState keyState,
        KeyOrigin keyOrigin,
        Instant createTimestamp,
        Instant usageStartTimestamp,
        Instant usageStopTimestamp,
        Instant deletePendingTimestamp,
        Instant deleteTimestamp,
        KeyUsage deriveKeyUsage,
        Map<String, String> tags,
        String keyBlock,
        long version,
        KeyReplication replication) {

    public StoredKey {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(keyArn, "keyArn");
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(keyCheckValue, "keyCheckValue");
        Objects.requireNonNull(keyCheckValueAlgorithm, "keyCheckValueAlgorithm");
        Objects.requireNonNull(keyState, "keyState");
        Objects.requireNonNull(keyOrigin, "keyOrigin");
        Objects.requireNonNull(createTimestamp, "createTimestamp");
        Objects.requireNonNull(keyBlock, "keyBlock");
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags == null ? Map.of() : tags));
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The key block is sealed material, not readable as such; keep it out of string forms anyway. */
    @Override
    public String toString() {
        return "StoredKey[" + keyArn + ", " + attributes + ", state=" + keyState + ", enabled=" + enabled
                + ", version=" + version + "]";
    }

    /** Builds a changed copy; every field starts from the key it was made from. */
    public static final class Builder {
        private String account;
        private String keyId;
        private String keyArn;
        private KeyAttributes attributes;
        private String keyCheckValue;
        private KeyCheckValueAlgorithm keyCheckValueAlgorithm;
        private boolean enabled;
        private boolean exportable;
        private KeyState keyState;
        private KeyOrigin keyOrigin;
        private Instant createTimestamp;
        private Instant usageStartTimestamp;
        private Instant usageStopTimestamp;
        private Instant deletePendingTimestamp;
        private Instant deleteTimestamp;
        private KeyUsage deriveKeyUsage;
        private Map<String, String> tags = Map.of();
        private String keyBlock;
        private long version;
        private KeyReplication replication;

        private Builder() {
        }

        private Builder(StoredKey key) {
            account = key.account;
            keyId = key.keyId;
            keyArn = key.keyArn;
            attributes = key.attributes;
            keyCheckValue = key.keyCheckValue;
            keyCheckValueAlgorithm = key.keyCheckValueAlgorithm;
            enabled = key.enabled;
            exportable = key.exportable;
            keyState = key.keyState;
            keyOrigin = key.keyOrigin;
            createTimestamp = key.createTimestamp;
            usageStartTimestamp = key.usageStartTimestamp;
            usageStopTimestamp = key.usageStopTimestamp;
            deletePendingTimestamp = key.deletePendingTimestamp;
            deleteTimestamp = key.deleteTimestamp;
            deriveKeyUsage = key.deriveKeyUsage;
            tags = key.tags;
            keyBlock = key.keyBlock;
            version = key.version;
            replication = key.replication;
        }

        public Builder account(String value) { account = value; return this; }
        public Builder keyId(String value) { keyId = value; return this; }
        public Builder keyArn(String value) { keyArn = value; return this; }
        public Builder attributes(KeyAttributes value) { attributes = value; return this; }
        public Builder keyCheckValue(String value) { keyCheckValue = value; return this; }
        public Builder keyCheckValueAlgorithm(KeyCheckValueAlgorithm value) { keyCheckValueAlgorithm = value; return this; }
        public Builder enabled(boolean value) { enabled = value; return this; }
        public Builder exportable(boolean value) { exportable = value; return this; }
        public Builder keyState(KeyState value) { keyState = value; return this; }
        public Builder keyOrigin(KeyOrigin value) { keyOrigin = value; return this; }
        public Builder createTimestamp(Instant value) { createTimestamp = value; return this; }
        public Builder usageStartTimestamp(Instant value) { usageStartTimestamp = value; return this; }
        public Builder usageStopTimestamp(Instant value) { usageStopTimestamp = value; return this; }
        public Builder deletePendingTimestamp(Instant value) { deletePendingTimestamp = value; return this; }
        public Builder deleteTimestamp(Instant value) { deleteTimestamp = value; return this; }
        public Builder deriveKeyUsage(KeyUsage value) { deriveKeyUsage = value; return this; }
        public Builder tags(Map<String, String> value) { tags = value; return this; }
        public Builder keyBlock(String value) { keyBlock = value; return this; }
        public Builder version(long value) { version = value; return this; }
        public Builder replication(KeyReplication value) { replication = value; return this; }

        public StoredKey build() {
            return new StoredKey(account, keyId, keyArn, attributes, keyCheckValue, keyCheckValueAlgorithm, enabled,
                    exportable, keyState, keyOrigin, createTimestamp, usageStartTimestamp, usageStopTimestamp,
                    deletePendingTimestamp, deleteTimestamp, deriveKeyUsage, tags, keyBlock, version, replication);
        }
    }
}
