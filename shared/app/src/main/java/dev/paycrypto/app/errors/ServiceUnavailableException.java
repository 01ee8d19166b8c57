package dev.paycrypto.app.errors;

/** The service cannot answer now; retry. */
public class ServiceUnavailableException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public ServiceUnavailableException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 503;
    }
}
