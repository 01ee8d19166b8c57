package dev.paycrypto.app.errors;

/** The SigV4 signature does not match. */
public class InvalidSignatureException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public InvalidSignatureException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
