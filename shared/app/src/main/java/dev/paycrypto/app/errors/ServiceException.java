package dev.paycrypto.app.errors;

import java.util.Map;

/**
 * An error the service answers with, one subclass per AWS error code. The message is for the caller: it says what
 * was wrong with the request and never carries a key, PIN, PAN or other secret.
 */
public abstract class ServiceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected ServiceException(String message) {
        super(message, null, false, false);
    }

    /** The AWS error code, e.g. {@code ValidationException}. */
    public String code() {
        return getClass().getSimpleName();
    }

    public abstract int httpStatus();

    /** Members of the error shape beyond its message, by their model names. */
    public Map<String, String> extraMembers() {
        return Map.of();
    }
}
