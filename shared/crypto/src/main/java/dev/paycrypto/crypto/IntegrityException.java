package dev.paycrypto.crypto;

/** Protected data failed its integrity check: a MAC mismatch, a tampered key block, bad padding on unwrap. */
public class IntegrityException extends CryptoException {
    private static final long serialVersionUID = 1L;

    public IntegrityException(String message) {
        super(message);
    }
}
