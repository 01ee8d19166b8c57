package dev.paycrypto.crypto.keyblock;

import dev.paycrypto.crypto.InvalidInputException;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;

/**
 * The KDH's signature over a TR-34 token's signed attributes, SHA-256 with RSA (PKCS #1 v1.5), and the SHA-256
 * message digest of the envelope those attributes carry (TR-34 2012 §5.4.9). A key that cannot sign or verify is
 * the caller's input error; a signature that does not verify is a {@code false}, for {@link Tr34} to judge.
 */
final class Tr34Signature {

    private Tr34Signature() {
    }

    static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (InvalidKeyException | SignatureException e) {
            throw new InvalidInputException("The KDH signing key cannot sign SHA-256 with RSA");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JCE lacks SHA256withRSA", e);
        }
    }

    static boolean verify(PublicKey key, byte[] data, byte[] signatureValue) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(signatureValue);
        } catch (InvalidKeyException e) {
            throw new InvalidInputException("The KDH certificate does not hold an RSA key");
        } catch (SignatureException e) {
            return false;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JCE lacks SHA256withRSA", e);
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JCE lacks SHA-256", e);
        }
    }
}
