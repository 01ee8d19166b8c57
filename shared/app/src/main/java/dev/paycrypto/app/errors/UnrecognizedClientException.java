package dev.paycrypto.app.errors;

/** The access key is not known. */
public class UnrecognizedClientException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public UnrecognizedClientException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
