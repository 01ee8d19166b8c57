package dev.paycrypto.keys;

/**
 * The service refuses to start with the master key it found: a store that holds keys (or has recorded a master
 * key) never gets a new master key in silence, since a new one would leave every stored key unopenable and split
 * the store between two keys. The message is one line for an operator: which file or item, and what to do. It
 * never carries key bytes, nor the check value of the key that was found.
 */
public final class MasterKeyUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the master key that was found. */
    public enum Reason {
        /** There is no master key where the store's master key must be. */
        MISSING,
        /** There is something, but not a 32-byte key: a truncated or damaged file. */
        DAMAGED,
        /** There is a 32-byte key, but not the one the store's keys are sealed under. */
        DIFFERENT
    }

    private final Reason reason;

    MasterKeyUnavailableException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
