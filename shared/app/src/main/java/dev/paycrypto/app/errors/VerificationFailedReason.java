package dev.paycrypto.app.errors;

/** The {@code Reason} of a {@link VerificationFailedException}, as the data-plane model enumerates it. */
public enum VerificationFailedReason {
    INVALID_MAC,
    INVALID_PIN,
    INVALID_VALIDATION_DATA,
    INVALID_AUTH_REQUEST_CRYPTOGRAM
}
