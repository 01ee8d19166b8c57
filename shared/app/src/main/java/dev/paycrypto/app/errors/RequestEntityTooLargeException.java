package dev.paycrypto.app.errors;

/** The request body is larger than the service takes; nothing was done. */
public class RequestEntityTooLargeException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public RequestEntityTooLargeException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 413;
    }
}
