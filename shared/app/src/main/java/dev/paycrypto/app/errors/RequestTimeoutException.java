package dev.paycrypto.app.errors;

/** The request did not arrive in time (a client too slow to send it); nothing was done. */
public class RequestTimeoutException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public RequestTimeoutException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 408;
    }
}
