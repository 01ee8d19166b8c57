package dev.paycrypto.app.errors;

/** The service failed; the message is safe to show and says nothing of the cause. */
public class InternalServerException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public InternalServerException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 500;
    }
}
