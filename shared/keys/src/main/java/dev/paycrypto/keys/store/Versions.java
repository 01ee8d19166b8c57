package dev.paycrypto.keys.store;

/** The versioning rule every adapter applies to keys and aliases: a new item starts at version 1. */
public final class Versions {

    private Versions() {
    }

    /** Refuses a create whose item does not start at version 1 (a caller's mistake, not a conflict). */
    public static void requireFirst(long version) {
        if (version != 1) {
            throw new IllegalArgumentException("A new item starts at version 1");
        }
    }
}
