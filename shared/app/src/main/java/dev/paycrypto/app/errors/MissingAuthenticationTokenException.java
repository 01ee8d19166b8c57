package dev.paycrypto.app.errors;

/** The request is not signed. */
public class MissingAuthenticationTokenException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public MissingAuthenticationTokenException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
