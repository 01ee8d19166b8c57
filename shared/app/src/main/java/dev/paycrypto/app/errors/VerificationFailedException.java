package dev.paycrypto.app.errors;

import java.util.Map;

/** A verification (card data, PIN, MAC, cryptogram) failed. Carries {@code Reason}. */
public class VerificationFailedException extends ServiceException {
    private static final long serialVersionUID = 1L;

    private final VerificationFailedReason reason;

    public VerificationFailedException(String message, VerificationFailedReason reason) {
        super(message);
        this.reason = reason;
    }

    public VerificationFailedReason reason() {
        return reason;
    }

    @Override
    public int httpStatus() {
        return 400;
    }

    @Override
    public Map<String, String> extraMembers() {
        return Map.of("Reason", reason.name());
    }
}
