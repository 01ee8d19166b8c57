package dev.paycrypto.crypto.asymmetric;

import dev.paycrypto.crypto.SecretBytes;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;

/**
 * RSA key cryptograms: a raw symmetric key encrypted with RSA-OAEP (PKCS #1 v2.2), MGF1 with the same hash and an
 * empty label, as ImportKey / ExportKey {@code KeyCryptogram} use. The encryption itself is {@link RsaEncryption}'s.
 */
public final class RsaKeyCryptogram {

    /** The OAEP hash (and MGF1 hash). */
    public enum OaepHash {
        SHA_1(RsaEncryption.Padding.OAEP_SHA1),
        SHA_256(RsaEncryption.Padding.OAEP_SHA256),
        SHA_512(RsaEncryption.Padding.OAEP_SHA512);

        private final RsaEncryption.Padding padding;

        OaepHash(RsaEncryption.Padding padding) {
            this.padding = padding;
        }
    }

    private RsaKeyCryptogram() {
    }

    public static byte[] wrap(PublicKey wrappingKey, SecretBytes key, OaepHash hash) {
        byte[] clear = key.copy();
        try {
            return RsaEncryption.encrypt(wrappingKey, clear, hash.padding);
        } finally {
            Arrays.fill(clear, (byte) 0);
        }
    }

    /** Unwraps a cryptogram; a wrong key, hash or tampered cryptogram throws {@code IntegrityException}. */
    public static SecretBytes unwrap(PrivateKey wrappingKey, byte[] cryptogram, OaepHash hash) {
        byte[] clear = RsaEncryption.decrypt(wrappingKey, cryptogram, hash.padding);
        try {
            return SecretBytes.of(clear);
        } finally {
            Arrays.fill(clear, (byte) 0);
        }
    }
}
