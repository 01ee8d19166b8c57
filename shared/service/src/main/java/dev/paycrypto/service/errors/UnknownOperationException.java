package dev.paycrypto.service.errors;

/** The request names no operation of the service. */
public class UnknownOperationException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public UnknownOperationException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
