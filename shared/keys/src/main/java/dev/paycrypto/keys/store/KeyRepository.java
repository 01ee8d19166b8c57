package dev.paycrypto.keys.store;

import dev.paycrypto.keys.KeyState;
import dev.paycrypto.keys.StoredKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * The keys of one Region, each versioned: creating a key that exists, or replacing one whose version changed since
 * it was read, throws {@link StoreConflictException} and changes nothing. {@link #updateKey} builds a lost-update
 * free read-modify-write on that.
 */
public interface KeyRepository {

    /** How often {@link #updateKey} re-reads and retries after losing a race before it gives up. */
    int MAX_UPDATE_ATTEMPTS = 100;

    /** Stores a new key; its version must be 1. */
    void createKey(StoredKey key);

    Optional<StoredKey> findKey(String account, String keyId);

    /** Replaces a key if the stored version is {@code updated.version() - 1}. */
    void replaceKey(StoredKey updated);

    /** Removes a key for good (the end of scheduled deletion); true if it was there. */
    boolean deleteKey(String account, String keyId);

    /**
     * Lists an account's keys in a stable order, optionally only those in {@code state}.
     *
     * @param pageToken null for the first page, else a token this store returned
     * @throws InvalidPageTokenException for a token the store did not issue
     */
    Page<StoredKey> listKeys(String account, KeyState state, int maxResults, String pageToken);

    /**
     * Keys of every account that are DELETE_PENDING with their pending time at or before {@code now}, at most
     * {@code limit}: the safety-net sweep of scheduled deletion (a full scan where the store has no better way).
     */
    List<StoredKey> findDueForPurge(Instant now, int limit);

    /**
     * Reads a key, applies {@code change} and writes the result, retrying from a fresh read when another writer
     * got there first: no update is ever lost. {@code change} must be free of side effects.
     */
    default Optional<StoredKey> updateKey(String account, String keyId, UnaryOperator<StoredKey> change) {
        for (int attempt = 0; ; attempt++) {
            Optional<StoredKey> current = findKey(account, keyId);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            StoredKey updated = change.apply(current.get()).toBuilder().version(current.get().version() + 1).build();
            try {
                replaceKey(updated);
                return Optional.of(updated);
            } catch (StoreConflictException e) {
                if (attempt >= MAX_UPDATE_ATTEMPTS) {
                    throw e;
                }
                backOff(attempt);
            }
        }
    }

    /** A short randomised pause before retrying, so that racing writers spread out. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1 + Math.min(attempt, 20)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("Interrupted while retrying an update", e);
        }
    }
}
