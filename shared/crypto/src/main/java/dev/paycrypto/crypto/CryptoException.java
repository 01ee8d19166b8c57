package dev.paycrypto.crypto;

/** A cryptographic operation could not be done. Messages name what was wrong, never a key, PIN or PAN. */
public abstract class CryptoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected CryptoException(String message) {
        super(message);
    }

    protected CryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}
