package dev.paycrypto.app.errors;

/** The request names no operation of the service. */
public class UnknownOperationException extends ServiceException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public UnknownOperationException(String message) {
        this(message, 400);
    }

    /** With the status of the protocol: 400 for an unknown control-plane target, 404 for an unknown REST path. */
    public UnknownOperationException(String message, int status) {
        super(message);
        this.status = status;
    }

    @Override
    public int httpStatus() {
        return status;
    }
}
