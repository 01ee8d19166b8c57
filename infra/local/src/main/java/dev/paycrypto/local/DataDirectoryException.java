package dev.paycrypto.local;

/** The data directory cannot be made or used: the start stops with one line naming it, and its own exit code. */
final class DataDirectoryException extends RuntimeException {

    DataDirectoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
