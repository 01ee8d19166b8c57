package dev.paycrypto.keys;

import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.keyblock.Tr31Header;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Symmetric keys recently opened from their sealed blocks, so that a key used call after call is not decrypted and
 * authenticated anew each time (DESIGN, "Keys at rest": bounded in time and uses, as the KMS hierarchical keyring
 * caches data keys). An entry is found by the exact sealed block it came from, and holds the block's header, which
 * the caller compares with what it expects as it would after an unwrap; so a cached key is only ever the material of
 * that very block. A key's state (enabled, usage window, deletion) is not cached here: it is read and checked on
 * every call, so a change applies at once — only the decryption is spared.
 *
 * <p>Each entry lives at most {@link #TIME_TO_LIVE} and serves at most {@link #MAX_USES} calls; at most
 * {@link #MAX_ENTRIES} are held. Entries are wiped when they go; callers get a copy they may wipe themselves.
 */
final class OpenedKeys {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);
    static final int MAX_USES = 10_000;
    static final int MAX_ENTRIES = 1024;

    /** One opened key: wiped under its own lock, so a reader never copies half-wiped bytes. */
    private static final class Entry {
        private final Tr31Header header;
        private final Object checkedFor;
        private final SecretBytes key;
        private final long expiresAt;
        private int uses;
        private boolean wiped;

        Entry(Tr31Header header, Object checkedFor, SecretBytes key, long expiresAt) {
            this.header = header;
            this.checkedFor = checkedFor;
            this.key = key;
            this.expiresAt = expiresAt;
        }

        synchronized Optional<SecretBytes> use(long now) {
            if (wiped || now - expiresAt >= 0 || ++uses > MAX_USES) {
                return Optional.empty();
            }
            return Optional.of(duplicate(key));
        }

        synchronized void wipe() {
            wiped = true;
            key.wipe();
        }
    }

    /**
     * What an opened key was: its block's header, what the header was checked against when the key was opened (the
     * caller's own description of the key, any value with equality), and a copy of its bytes.
     */
    record Opened(Tr31Header header, Object checkedFor, SecretBytes key) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    OpenedKeys() {
        this(System::nanoTime);
    }

    /** With a clock of its own (tests). */
    OpenedKeys(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** The key opened from {@code block}, if it is held and still within its bounds. */
    Optional<Opened> find(String block) {
        Entry entry = entries.get(block);
        if (entry == null) {
            return Optional.empty();
        }
        Optional<SecretBytes> key = entry.use(nanoTime.getAsLong());
        if (key.isEmpty()) {
            if (entries.remove(block, entry)) {
                entry.wipe();
            }
            return Optional.empty();
        }
        return Optional.of(new Opened(entry.header, entry.checkedFor, key.get()));
    }

    /** Holds a copy of a key just opened from {@code block}, whose header was checked against {@code checkedFor}. */
    void keep(String block, Tr31Header header, Object checkedFor, SecretBytes key) {
        if (entries.size() >= MAX_ENTRIES) {
            clear();
        }
        Entry entry = new Entry(header, checkedFor, duplicate(key), nanoTime.getAsLong() + TIME_TO_LIVE.toNanos());
        Entry previous = entries.put(block, entry);
        if (previous != null) {
            previous.wipe();
        }
    }

    /** Wipes and drops every entry. */
    void clear() {
        for (String block : entries.keySet()) {
            Entry entry = entries.remove(block);
            if (entry != null) {
                entry.wipe();
            }
        }
    }

    int size() {
        return entries.size();
    }

    /** A second secret with the same bytes, leaving no clear copy behind. */
    private static SecretBytes duplicate(SecretBytes key) {
        byte[] bytes = key.copy();
        try {
            return SecretBytes.of(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
