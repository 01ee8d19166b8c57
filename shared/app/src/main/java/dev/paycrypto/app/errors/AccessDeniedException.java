package dev.paycrypto.app.errors;

/** The caller may not do this. */
public class AccessDeniedException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
