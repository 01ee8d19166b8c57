package dev.paycrypto.app.errors;

/** The Authorization header is malformed. */
public class IncompleteSignatureException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public IncompleteSignatureException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
