package dev.paycrypto.app.errors;

/** The request's headers are larger than the service takes; nothing was done. */
public class RequestHeaderFieldsTooLargeException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public RequestHeaderFieldsTooLargeException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 431;
    }
}
