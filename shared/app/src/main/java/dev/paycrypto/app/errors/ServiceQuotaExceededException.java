package dev.paycrypto.app.errors;

/** A quota of the service would be exceeded. */
public class ServiceQuotaExceededException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public ServiceQuotaExceededException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
