package dev.paycrypto.crypto.keyblock;

import dev.paycrypto.crypto.BlockCiphers;
import dev.paycrypto.crypto.InvalidInputException;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;

/**
 * The DER layers of a TR-34 (2012) two-pass key token and the content ciphers it names: {@link Tr34KeyBlockWriter}
 * writes them, {@link Tr34KeyBlockReader} reads them and checks structure only; {@link Tr34} decides what is
 * acceptable, signs, verifies and decrypts.
 *
 * <p>What is written is the layout AWS Payment Cryptography exchanges as {@code X9_TR34_2012} ("TR-34 2012 non-CMS
 * two pass"), which follows the TR-34 2012 samples rather than RFC 5652 in three places:
 * <ol>
 *   <li>the encapsulated content of the SignedData is the EnvelopedData's fields without their SEQUENCE header;</li>
 *   <li>the RSAES-OAEP parameters are three untagged AlgorithmIdentifiers (hash with NULL, MGF1, pSpecified empty)
 *       instead of RFC 8017's {@code [0] [1] [2]} fields;</li>
 *   <li>the encrypted content ({@code [0] IMPLICIT}) sits inside the content-encryption AlgorithmIdentifier, after
 *       the IV, instead of after it in the EncryptedContentInfo.</li>
 * </ol>
 * Reading accepts each of these and also its RFC 5652 / RFC 8017 form (as in the TR-34 2019 errata samples and in
 * CMS libraries), since every variant is covered by the KDH's signature and none changes the meaning.
 */
record Tr34KeyBlock(byte[] envelope, Signer signer, SignedAttributes attributes, Recipient recipient,
                    EncryptedContent content) {

    /** pkcs-9-at-randomNonce, the KRD's nonce of the two-pass protocol (TR-34 2012 §5.4.9). */
    static final ASN1ObjectIdentifier RANDOM_NONCE = new ASN1ObjectIdentifier("1.2.840.113549.1.9.25.3");
    /** TR-34 types the key block header attribute with id-data (TR-34 2012 §5.4.9, AWS samples). */
    static final ASN1ObjectIdentifier KEY_BLOCK_HEADER = PKCSObjectIdentifiers.data;

    /** The KDH's signature: who signed, with what, over which encoded signed attributes. */
    record Signer(IssuerAndSerialNumber id, ASN1ObjectIdentifier digestAlgorithm,
                  ASN1ObjectIdentifier signatureAlgorithm, byte[] signedAttributes, byte[] signature) {
    }

    /** The values of the signed attributes TR-34 defines; {@code nonce} is null in a one-pass token. */
    record SignedAttributes(byte[] messageDigest, byte[] nonce, byte[] header) {
    }

    /** The KRD's key transport: its identifier, the OAEP hash, the RSA-OAEP encrypted content-encryption key. */
    record Recipient(IssuerAndSerialNumber id, Tr34.OaepHash hash, byte[] encryptedKey) {
    }

    /** The key block encrypted under the content-encryption key. */
    record EncryptedContent(ContentCipher cipher, byte[] iv, byte[] ciphertext) {
    }

    /** The clear key block: version 1, the KDH's identifier, the key, the key block header attribute. */
    record ClearKeyBlock(IssuerAndSerialNumber kdh, byte[] key, byte[] header) {
    }

    /** The content-encryption algorithms TR-34 2012 allows: TDES (three-key) and AES-128, CBC, PKCS #7 padding. */
    enum ContentCipher {
        TDES_CBC(PKCSObjectIdentifiers.des_EDE3_CBC, 24, 8),
        AES_128_CBC(NISTObjectIdentifiers.id_aes128_CBC, 16, 16);

        final ASN1ObjectIdentifier oid;
        final int keyLength;
        final int blockSize;

        ContentCipher(ASN1ObjectIdentifier oid, int keyLength, int blockSize) {
            this.oid = oid;
            this.keyLength = keyLength;
            this.blockSize = blockSize;
        }

        static ContentCipher of(ASN1ObjectIdentifier oid) {
            for (ContentCipher cipher : values()) {
                if (cipher.oid.equals(oid)) {
                    return cipher;
                }
            }
            throw new InvalidInputException("TR-34 encrypts the key block with TDES-CBC or AES-128-CBC");
        }

        byte[] encrypt(byte[] key, byte[] iv, byte[] data) {
            return this == TDES_CBC ? BlockCiphers.tdesEncryptCbc(key, iv, data)
                    : BlockCiphers.aesEncryptCbc(key, iv, data);
        }

        byte[] decrypt(byte[] key, byte[] iv, byte[] data) {
            return this == TDES_CBC ? BlockCiphers.tdesDecryptCbc(key, iv, data)
                    : BlockCiphers.aesDecryptCbc(key, iv, data);
        }
    }

    /** Reads a token's structure; anything malformed throws {@link InvalidInputException}. Nothing is verified. */
    static Tr34KeyBlock parse(byte[] token) {
        return Tr34KeyBlockReader.parse(token);
    }
}
