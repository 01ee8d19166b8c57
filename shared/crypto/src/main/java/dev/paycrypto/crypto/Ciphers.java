package dev.paycrypto.crypto;

import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;

/**
 * The one cache of JCE {@link Cipher} instances: one per thread and transformation, created once, since
 * {@code Cipher.getInstance} costs far more than the cipher operation itself. Callers init before each use.
 */
public final class Ciphers {

    private static final Map<String, ThreadLocal<Cipher>> CACHE = new ConcurrentHashMap<>();

    private Ciphers() {
    }

    /** This thread's instance of {@code transformation}. */
    public static Cipher cached(String transformation) {
        return CACHE.computeIfAbsent(transformation, t -> ThreadLocal.withInitial(() -> create(t))).get();
    }

    private static Cipher create(String transformation) {
        try {
            return Cipher.getInstance(transformation);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JCE lacks " + transformation, e);
        }
    }
}
