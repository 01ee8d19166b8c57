package dev.paycrypto.app.events;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Identifiers that must be unique but need not be secret — event ids, request ids — in the random UUID form AWS
 * uses. They come from the calling thread's own generator: {@link UUID#randomUUID()} draws on one
 * {@code SecureRandom} that every request thread would contend for.
 */
public final class UniqueIds {

    private UniqueIds() {
    }

    /**
     * A version 7 UUID (RFC 9562): the current Unix time in milliseconds, then random bits. Event ids are of this
     * kind so that the stores, which index records by event id, add each new record at the end of their index
     * rather than at a random place in it (in SQLite, several times the records a second once the audit has grown).
     */
    public static String timeOrderedUuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (System.currentTimeMillis() << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** A version 4, variant 1 UUID. */
    public static String uuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
