package dev.paycrypto.keys;

/** A key's attributes break the rules of the service (usage × algorithm × modes, class, exportability). */
public class InvalidKeyAttributesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidKeyAttributesException(String message) {
        super(message);
    }
}
