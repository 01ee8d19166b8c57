package dev.paycrypto.service.events;

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

    /** A version 4, variant 1 UUID. */
    public static String uuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
