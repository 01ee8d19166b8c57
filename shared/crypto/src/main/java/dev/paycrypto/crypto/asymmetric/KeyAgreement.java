package dev.paycrypto.crypto.asymmetric;

import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.SecretBytes;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;

/**
 * Elliptic-curve Diffie-Hellman on the NIST curves and the two key derivation functions the service offers for
 * it: the NIST SP 800-56A single-step (concatenation) KDF, H(counter ‖ Z ‖ OtherInfo), and the ANSI X9.63 KDF,
 * H(Z ‖ counter ‖ SharedInfo), each with a 32-bit big-endian counter starting at 1.
 */
public final class KeyAgreement {

    /** The KDF hash. */
    public enum Hash {
        SHA_256("SHA-256"), SHA_384("SHA-384"), SHA_512("SHA-512");

        private final String jce;

        Hash(String jce) {
            this.jce = jce;
        }
    }

    private KeyAgreement() {
    }

    /** The ECDH shared secret Z (the x-coordinate), for a private key and the other party's public key. */
    public static SecretBytes sharedSecret(PrivateKey privateKey, PublicKey otherPublicKey) {
        try {
            javax.crypto.KeyAgreement agreement = javax.crypto.KeyAgreement.getInstance("ECDH");
            agreement.init(privateKey);
            agreement.doPhase(otherPublicKey, true);
            byte[] z = agreement.generateSecret();
            try {
                return SecretBytes.of(z);
            } finally {
                Arrays.fill(z, (byte) 0);
            }
        } catch (InvalidKeyException | IllegalStateException e) {
            throw new InvalidInputException("The keys are not an ECDH pair on one curve");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ECDH is unavailable", e);
        }
    }

    public static SecretBytes concatenationKdf(Hash hash, SecretBytes z, byte[] otherInfo, int lengthBytes) {
        return derive(hash, z, otherInfo, lengthBytes, true);
    }

    public static SecretBytes x963Kdf(Hash hash, SecretBytes z, byte[] sharedInfo, int lengthBytes) {
        return derive(hash, z, sharedInfo, lengthBytes, false);
    }

    private static SecretBytes derive(Hash hash, SecretBytes z, byte[] info, int lengthBytes, boolean counterFirst) {
        if (lengthBytes < 1 || lengthBytes > 1024) {
            throw new InvalidInputException("The derived key length is out of range");
        }
        byte[] secret = z.copy();
        byte[] out = new byte[lengthBytes];
        try {
            MessageDigest digest = MessageDigest.getInstance(hash.jce);
            int produced = 0;
            for (int counter = 1; produced < lengthBytes; counter++) {
                byte[] count = {(byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8), (byte) counter};
                if (counterFirst) {
                    digest.update(count);
                    digest.update(secret);
                } else {
                    digest.update(secret);
                    digest.update(count);
                }
                digest.update(info == null ? new byte[0] : info);
                byte[] block = digest.digest();
                int take = Math.min(block.length, lengthBytes - produced);
                System.arraycopy(block, 0, out, produced, take);
                Arrays.fill(block, (byte) 0);
                produced += take;
            }
            return SecretBytes.of(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(hash + " is unavailable", e);
        } finally {
            Arrays.fill(secret, (byte) 0);
            Arrays.fill(out, (byte) 0);
        }
    }
}
