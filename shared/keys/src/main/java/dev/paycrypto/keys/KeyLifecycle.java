package dev.paycrypto.keys;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The key state machine, in one place (User Guide, "Managing keys"; API reference of DeleteKey, RestoreKey,
 * StartKeyUsage, StopKeyUsage).
 *
 * <pre>
 * CREATE_COMPLETE (enabled ⇄ disabled) ── DeleteKey ──▶ DELETE_PENDING (disabled) ── RestoreKey ──▶ CREATE_COMPLETE (disabled)
 *                                                            └── waiting period over ──▶ purged
 * </pre>
 *
 * <p>A root certificate imported while a multi-party approval team is associated waits in {@code CREATE_IN_PROGRESS}
 * — neither usable nor manageable — until the team approves ({@code CREATE_COMPLETE}) or not (deleted).
 */
public final class KeyLifecycle {

    public static final int MIN_DELETE_DAYS = 3;
    public static final int MAX_DELETE_DAYS = 180;
    public static final int DEFAULT_DELETE_DAYS = 7;

    private KeyLifecycle() {
    }

    /** Why the key cannot serve a cryptographic operation at {@code now}, or empty if it can. */
    public static Optional<String> unusableReason(StoredKey key, Instant now) {
        if (key.keyState() == KeyState.DELETE_PENDING) {
            return Optional.of("is pending deletion");
        }
        if (key.keyState() != KeyState.CREATE_COMPLETE) {
            return Optional.of("is not in state CREATE_COMPLETE");
        }
        if (!key.enabled()) {
            return Optional.of("is disabled");
        }
        if (key.usageStartTimestamp() != null && now.isBefore(key.usageStartTimestamp())) {
            return Optional.of("is not yet active");
        }
        if (key.usageStopTimestamp() != null && !now.isBefore(key.usageStopTimestamp())) {
            return Optional.of("has stopped usage");
        }
        return Optional.empty();
    }

    /** Whether the key may be changed by management operations (anything but GetKey, ListKeys, RestoreKey). */
    public static boolean isManageable(StoredKey key) {
        return key.keyState() == KeyState.CREATE_COMPLETE;
    }

    /** DeleteKey: disables the key and schedules its deletion {@code days} from {@code now}. */
    public static StoredKey scheduleDeletion(StoredKey key, Instant now, int days) {
        if (days < MIN_DELETE_DAYS || days > MAX_DELETE_DAYS) {
            throw new IllegalArgumentException("days out of range");
        }
        return key.toBuilder()
                .keyState(KeyState.DELETE_PENDING)
                .enabled(false)
                .usageStopTimestamp(key.enabled() ? now : key.usageStopTimestamp())
                .deletePendingTimestamp(now.plus(Duration.ofDays(days)))
                .build();
    }

    /** RestoreKey: cancels the deletion; the key stays disabled until StartKeyUsage. */
    public static StoredKey restore(StoredKey key) {
        return key.toBuilder().keyState(KeyState.CREATE_COMPLETE).deletePendingTimestamp(null).build();
    }

    /** StartKeyUsage: enables the key from {@code now}. */
    public static StoredKey startUsage(StoredKey key, Instant now) {
        return key.toBuilder().enabled(true).usageStartTimestamp(now).usageStopTimestamp(null).build();
    }

    /** StopKeyUsage: disables the key from {@code now}. */
    public static StoredKey stopUsage(StoredKey key, Instant now) {
        return key.toBuilder().enabled(false).usageStopTimestamp(now).build();
    }

    /** Whether the purge may remove the key: still pending deletion and past its time. */
    public static boolean isDueForPurge(StoredKey key, Instant now) {
        return key.keyState() == KeyState.DELETE_PENDING && key.deletePendingTimestamp() != null
                && !now.isBefore(key.deletePendingTimestamp());
    }
}
