package dev.paycrypto.local;

/** A request failed authentication; {@code code} is the AWS error code, {@code status} its HTTP status. */
public final class SignatureException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final int status;

    public SignatureException(String code, int status, String message) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }
}
