package dev.paycrypto.app.errors;

/** The request body is not well-formed JSON of the expected shape. */
public class SerializationException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public SerializationException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
