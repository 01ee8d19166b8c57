package dev.paycrypto.crypto;

/** Input of the wrong length, format or range. */
public class InvalidInputException extends CryptoException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }
}
