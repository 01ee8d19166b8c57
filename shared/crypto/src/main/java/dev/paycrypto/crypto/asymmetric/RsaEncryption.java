package dev.paycrypto.crypto.asymmetric;

import dev.paycrypto.crypto.Ciphers;
import dev.paycrypto.crypto.IntegrityException;
import dev.paycrypto.crypto.InvalidInputException;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/**
 * RSA data encryption with PKCS #1 v1.5 or OAEP (SHA-1, SHA-256, SHA-512; MGF1 with the same hash) padding, or
 * none (the caller pads).
 */
public final class RsaEncryption {

    /** The padding scheme, as the service's asymmetric encryption attributes name them. */
    public enum Padding {
        /** Raw RSA: the caller has padded the data to the modulus length already. */
        NONE("RSA/ECB/NoPadding", null),
        PKCS1("RSA/ECB/PKCS1Padding", null),
        OAEP_SHA1("RSA/ECB/OAEPPadding", new OAEPParameterSpec("SHA-1", "MGF1", MGF1ParameterSpec.SHA1,
                PSource.PSpecified.DEFAULT)),
        OAEP_SHA256("RSA/ECB/OAEPPadding", new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
                PSource.PSpecified.DEFAULT)),
        OAEP_SHA512("RSA/ECB/OAEPPadding", new OAEPParameterSpec("SHA-512", "MGF1", MGF1ParameterSpec.SHA512,
                PSource.PSpecified.DEFAULT));

        private final String transformation;
        private final AlgorithmParameterSpec parameters;

        Padding(String transformation, AlgorithmParameterSpec parameters) {
            this.transformation = transformation;
            this.parameters = parameters;
        }
    }

    private RsaEncryption() {
    }

    public static byte[] encrypt(PublicKey key, byte[] data, Padding padding) {
        try {
            return cipher(Cipher.ENCRYPT_MODE, key, padding).doFinal(data);
        } catch (IllegalBlockSizeException e) {
            throw new InvalidInputException("The data is too long for the key and padding");
        } catch (GeneralSecurityException e) {
            throw new InvalidInputException("RSA encryption failed");
        }
    }

    public static byte[] decrypt(PrivateKey key, byte[] data, Padding padding) {
        try {
            return cipher(Cipher.DECRYPT_MODE, key, padding).doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IntegrityException("The ciphertext does not decrypt under this key and padding");
        }
    }

    private static Cipher cipher(int mode, java.security.Key key, Padding padding) throws GeneralSecurityException {
        Cipher cipher = Ciphers.cached(padding.transformation);
        try {
            if (padding.parameters == null) {
                cipher.init(mode, key);
            } else {
                cipher.init(mode, key, padding.parameters);
            }
        } catch (InvalidKeyException e) {
            throw new InvalidInputException("Not an RSA key of the right kind");
        }
        return cipher;
    }
}
