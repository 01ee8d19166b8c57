package dev.paycrypto.app.errors;

/** Too many requests; retry later. */
public class ThrottlingException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public ThrottlingException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 429;
    }
}
