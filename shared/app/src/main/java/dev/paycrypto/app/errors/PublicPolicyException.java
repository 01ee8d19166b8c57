package dev.paycrypto.app.errors;

/** The resource-based policy would grant public access to the key. */
public class PublicPolicyException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public PublicPolicyException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
