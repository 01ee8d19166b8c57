package dev.paycrypto.keys.store;

/** A conditional write lost: the item exists already, or changed since it was read. */
public class StoreConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreConflictException(String message) {
        super(message);
    }
}
