package dev.paycrypto.crypto.asymmetric;

import dev.paycrypto.crypto.IntegrityException;
import dev.paycrypto.crypto.SecretBytes;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/**
 * RSA key cryptograms: a raw symmetric key encrypted with RSA-OAEP (PKCS #1 v2.2), MGF1 with the same hash and an
 * empty label, as ImportKey / ExportKey {@code KeyCryptogram} use.
 */
public final class RsaKeyCryptogram {

    /** The OAEP hash (and MGF1 hash). */
    public enum OaepHash {
        SHA_1("SHA-1", MGF1ParameterSpec.SHA1),
        SHA_256("SHA-256", MGF1ParameterSpec.SHA256),
        SHA_512("SHA-512", MGF1ParameterSpec.SHA512);

        private final OAEPParameterSpec spec;

        OaepHash(String digest, MGF1ParameterSpec mgf) {
            this.spec = new OAEPParameterSpec(digest, "MGF1", mgf, PSource.PSpecified.DEFAULT);
        }
    }

    private RsaKeyCryptogram() {
    }

    public static byte[] wrap(PublicKey wrappingKey, SecretBytes key, OaepHash hash) {
        byte[] clear = key.copy();
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
            cipher.init(Cipher.ENCRYPT_MODE, wrappingKey, hash.spec);
            return cipher.doFinal(clear);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("RSA-OAEP wrap failed: " + e.getClass().getSimpleName());
        } finally {
            Arrays.fill(clear, (byte) 0);
        }
    }

    /** Unwraps a cryptogram; a wrong key, hash or tampered cryptogram throws {@link IntegrityException}. */
    public static SecretBytes unwrap(PrivateKey wrappingKey, byte[] cryptogram, OaepHash hash) {
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
            cipher.init(Cipher.DECRYPT_MODE, wrappingKey, hash.spec);
            byte[] clear = cipher.doFinal(cryptogram);
            try {
                return SecretBytes.of(clear);
            } finally {
                Arrays.fill(clear, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IntegrityException("The key cryptogram could not be unwrapped");
        }
    }
}
