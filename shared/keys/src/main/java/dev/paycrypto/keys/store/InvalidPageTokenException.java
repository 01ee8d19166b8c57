package dev.paycrypto.keys.store;

/** A pagination token that this store did not issue, or that does not fit the listing it is used for. */
public class InvalidPageTokenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidPageTokenException(String message) {
        super(message);
    }
}
