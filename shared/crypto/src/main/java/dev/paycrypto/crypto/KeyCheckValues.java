package dev.paycrypto.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;

/**
 * Key check values: a short value computed from a key that identifies it without revealing it. Callers keep
 * the leading bytes they report (three for symmetric keys).
 */
public final class KeyCheckValues {

    private KeyCheckValues() {
    }

    /** ANSI X9.24-1 (AWS {@code ANSI_X9_24}) for TDES: TDES-ECB encryption of eight zero bytes. */
    public static byte[] ansiX924(SecretBytes tdesKey) {
        return BlockCiphers.tdesEncryptEcb(tdesKey.unsafeView(), new byte[8]);
    }

    /** The ANSI X9.24 form for AES: AES-ECB encryption of sixteen zero bytes. */
    public static byte[] aesEcb(SecretBytes aesKey) {
        return BlockCiphers.aesEncryptEcb(aesKey.unsafeView(), new byte[16]);
    }

    /** AWS {@code CMAC} for AES (the User Guide's definition): AES-CMAC over sixteen zero bytes. */
    public static byte[] cmac(SecretBytes aesKey) {
        return BlockCiphers.aesCmac(aesKey.unsafeView(), new byte[16]);
    }

    /** The CMAC form for TDES (X9.24-1:2017 / TR-31 KCV method 01): TDES-CMAC over eight zero bytes. */
    public static byte[] tdesCmac(SecretBytes tdesKey) {
        return BlockCiphers.tdesCmac(tdesKey.unsafeView(), new byte[8]);
    }

    /**
     * AWS {@code HMAC} for HMAC keys: the HMAC of sixteen zero bytes under the key with the key's own hash.
     * Assumption: the User Guide shows HMAC KCVs of six hex digits but does not define the input; we use the
     * CMAC form's input (sixteen zero bytes).
     */
    public static byte[] hmac(SecretBytes key, String jceHmacAlgorithm) {
        return dev.paycrypto.crypto.mac.Macs.hmac(key, jceHmacAlgorithm, new byte[16]);
    }

    /** AWS {@code SHA_1} for asymmetric keys: SHA-1 of the DER SubjectPublicKeyInfo of the public key. */
    public static byte[] sha1(PublicKey publicKey) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(publicKey.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 unavailable", e);
        }
    }
}
