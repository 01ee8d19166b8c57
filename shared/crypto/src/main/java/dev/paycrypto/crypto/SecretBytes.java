package dev.paycrypto.crypto;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Secret material (a clear key, a PIN block) that must never reach a log, a message or a response. Immutable
 * from the outside: it copies what it is given and what it gives, its string form shows only the length, and
 * {@link #wipe()} zeroes it when it is no longer needed. Closing it wipes it, so a holder scopes the secret with
 * try-with-resources rather than a hand-written {@code finally}.
 */
public final class SecretBytes implements AutoCloseable {

    private final byte[] bytes;

    private SecretBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    public static SecretBytes of(byte[] bytes) {
        return new SecretBytes(bytes.clone());
    }

    public static SecretBytes fromHex(String hex) {
        return new SecretBytes(Hex.decode(hex));
    }

    /** A secret of its own with the same bytes, for a holder that wipes on its own schedule; no clear copy is left. */
    public SecretBytes duplicate() {
        return new SecretBytes(bytes.clone());
    }

    /** A copy of the secret; the caller should wipe it when done. */
    public byte[] copy() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    /** Overwrites the secret with zeros. */
    public void wipe() {
        Arrays.fill(bytes, (byte) 0);
    }

    /** Overwrites each of {@code arrays} (null ones skipped) with zeros: the clear intermediates of crypto code. */
    public static void wipeAll(byte[]... arrays) {
        for (byte[] array : arrays) {
            if (array != null) {
                Arrays.fill(array, (byte) 0);
            }
        }
    }

    /** Wipes the secret; it is safe to close more than once. */
    @Override
    public void close() {
        wipe();
    }

    /** Package-private view for the crypto code, which does not keep or leak it. */
    byte[] unsafeView() {
        return bytes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SecretBytes that && MessageDigest.isEqual(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return bytes.length;
    }

    @Override
    public String toString() {
        return "SecretBytes[redacted, " + bytes.length + " bytes]";
    }
}
