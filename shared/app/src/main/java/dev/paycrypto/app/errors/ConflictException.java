package dev.paycrypto.app.errors;

/** The resource is in a state that does not allow the request, or it already exists. */
public class ConflictException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
