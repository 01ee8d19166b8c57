package dev.paycrypto.app.errors;

/** The request does not satisfy the model's constraints or the operation's rules. */
public class ValidationException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public ValidationException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
