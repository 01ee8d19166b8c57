package dev.paycrypto.crypto.keyblock;

import dev.paycrypto.crypto.IntegrityException;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.KeyMaterialGenerator;
import dev.paycrypto.crypto.Paddings;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.asymmetric.RsaKeyCryptogram;
import dev.paycrypto.crypto.keyblock.Tr34KeyBlock.ClearKeyBlock;
import dev.paycrypto.crypto.keyblock.Tr34KeyBlock.ContentCipher;
import dev.paycrypto.crypto.keyblock.Tr34KeyBlock.EncryptedContent;
import dev.paycrypto.crypto.keyblock.Tr34KeyBlock.Recipient;
import dev.paycrypto.crypto.keyblock.Tr34KeyBlock.SignedAttributes;
import dev.paycrypto.crypto.keyblock.Tr34KeyBlock.Signer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * ANSI X9 TR-34 (2012) key transport in the two-pass form AWS Payment Cryptography imports and exports as
 * {@code X9_TR34_2012}: a symmetric key, bound to a TR-31 style key block header and to the KRD's random nonce,
 * encrypted for the KRD's RSA certificate and signed by the KDH.
 *
 * <p>The token is a CMS SignedData (SHA-256 with RSA PKCS #1 v1.5, signer by issuer and serial number, no
 * certificates) whose signed attributes are the content type, the random nonce (when two-pass), the key block
 * header and the message digest, and whose content is an EnvelopedData: the content-encryption key under RSA-OAEP
 * for the KRD (issuer and serial number), and the clear key block {@code SEQUENCE {1, KDH issuer and serial, key,
 * header attribute}} under TDES-CBC (AES-128-CBC for AES keys) with PKCS #7 padding. {@link Tr34KeyBlock} describes
 * where AWS's encoding departs from RFC 5652.
 *
 * <p>Checking the KDH certificate's chain, validity and revocation is the caller's job; {@link #unwrap} checks that
 * this certificate signed the token.
 */
public final class Tr34 {

    /** The RSA-OAEP hash (MGF1 uses the same hash) that transports the content-encryption key. */
    public enum OaepHash {
        SHA_256(NISTObjectIdentifiers.id_sha256, RsaKeyCryptogram.OaepHash.SHA_256),
        SHA_512(NISTObjectIdentifiers.id_sha512, RsaKeyCryptogram.OaepHash.SHA_512);

        final ASN1ObjectIdentifier digest;
        private final RsaKeyCryptogram.OaepHash cryptogram;

        OaepHash(ASN1ObjectIdentifier digest, RsaKeyCryptogram.OaepHash cryptogram) {
            this.digest = digest;
            this.cryptogram = cryptogram;
        }

        static OaepHash of(ASN1ObjectIdentifier digest) {
            for (OaepHash hash : values()) {
                if (hash.digest.equals(digest)) {
                    return hash;
                }
            }
            throw new InvalidInputException("TR-34 transports its key with OAEP and SHA-256 or SHA-512");
        }
    }

    /** AWS's random nonces have 8 to 16 bytes (ImportTr34KeyBlock RandomNonce, 16 to 32 hex digits). */
    private static final int SHORTEST_NONCE = 8;
    private static final int LONGEST_NONCE = 16;
    private static final List<ASN1ObjectIdentifier> RSA_SIGNATURES =
            List.of(PKCSObjectIdentifiers.rsaEncryption, PKCSObjectIdentifiers.sha256WithRSAEncryption);

    private Tr34() {
    }

    /**
     * Builds a TR-34 key token (DER) carrying {@code key} under {@code header}, for the KRD that holds the private
     * key of {@code krdCertificate}, signed with the KDH's key, bound to the KRD's {@code randomNonce} (two-pass) or
     * to none when it is null.
     */
    public static byte[] wrap(PrivateKey kdhSigningKey, X509Certificate kdhCertificate, X509Certificate krdCertificate,
                              Tr31Header header, SecretBytes key, byte[] randomNonce, OaepHash oaepHash,
                              SecureRandom random) {
        Objects.requireNonNull(kdhSigningKey, "kdhSigningKey");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(oaepHash, "oaepHash");
        Objects.requireNonNull(random, "random");
        requireKeyFits(header.algorithm(), key.length());
        if (randomNonce != null && (randomNonce.length < SHORTEST_NONCE || randomNonce.length > LONGEST_NONCE)) {
            throw new InvalidInputException("A TR-34 random nonce has 8 to 16 bytes");
        }
        IssuerAndSerialNumber kdh = identify(kdhCertificate);
        IssuerAndSerialNumber krd = identify(krdCertificate);
        byte[] headerBytes = Tr31HeaderCodec.tr34Text(header).getBytes(StandardCharsets.US_ASCII);
        ContentCipher cipher = header.algorithm() == 'A' ? ContentCipher.AES_128_CBC : ContentCipher.TDES_CBC;
        KeyMaterialGenerator generator = new KeyMaterialGenerator(random);
        SecretBytes contentKey = cipher == ContentCipher.AES_128_CBC ? generator.aes(16) : generator.tdes(24);
        byte[] iv = new byte[cipher.blockSize];
        random.nextBytes(iv);
        byte[] keyBytes = key.copy();
        byte[] contentKeyBytes = contentKey.copy();
        byte[] clear = null;
        byte[] padded = null;
        try {
            clear = Tr34KeyBlockWriter.clearKeyBlock(kdh, keyBytes, headerBytes);
            padded = Paddings.padPkcs7(clear, cipher.blockSize);
            EncryptedContent content = new EncryptedContent(cipher, iv, cipher.encrypt(contentKeyBytes, iv, padded));
            Recipient recipient = new Recipient(krd, oaepHash,
                    RsaKeyCryptogram.wrap(krdCertificate.getPublicKey(), contentKey, oaepHash.cryptogram));
            byte[] envelope = Tr34KeyBlockWriter.envelope(recipient, content);
            ASN1Set attributes = Tr34KeyBlockWriter.signedAttributes(headerBytes, randomNonce,
                    Tr34Signature.sha256(envelope));
            byte[] signedAttributes = Tr34KeyBlockWriter.der(attributes);
            byte[] signature = Tr34Signature.sign(kdhSigningKey, signedAttributes);
            if (!Tr34Signature.verify(kdhCertificate.getPublicKey(), signedAttributes, signature)) {
                throw new InvalidInputException("The KDH signing key does not belong to the KDH certificate");
            }
            return Tr34KeyBlockWriter.encode(kdh, attributes, signature, envelope);
        } finally {
            SecretBytes.wipeAll(keyBytes, contentKeyBytes, clear, padded);
            contentKey.wipe();
        }
    }

    /**
     * Verifies and opens a TR-34 key token: the KDH certificate's key must have signed it, its digest, random nonce
     * ({@code expectedNonce}, or none when null), KDH identifier and header must all agree, and the key must fit the
     * header's algorithm. A forged or altered token, a wrong key or certificate throws {@link IntegrityException};
     * a malformed one {@link InvalidInputException}.
     */
    public static Tr34Unwrapped unwrap(byte[] keyBlock, PrivateKey krdPrivateKey, X509Certificate kdhCertificate,
                                       byte[] expectedNonce) {
        Objects.requireNonNull(krdPrivateKey, "krdPrivateKey");
        Tr34KeyBlock block = verified(keyBlock, kdhCertificate, expectedNonce);
        Tr31Header header = Tr31HeaderCodec.parseTr34(block.attributes().header());
        EncryptedContent content = block.content();
        SecretBytes contentKey = RsaKeyCryptogram.unwrap(krdPrivateKey, block.recipient().encryptedKey(),
                block.recipient().hash().cryptogram);
        byte[] contentKeyBytes = contentKey.copy();
        byte[] clear = null;
        ClearKeyBlock keyBlockContent = null;
        try {
            if (contentKeyBytes.length != content.cipher().keyLength) {
                throw new InvalidInputException("The TR-34 content-encryption key does not fit its cipher");
            }
            clear = content.cipher().decrypt(contentKeyBytes, content.iv(), content.ciphertext());
            keyBlockContent = Tr34KeyBlockReader.parseClearKeyBlock(clear, content.cipher().blockSize);
            if (!sameIdentifier(keyBlockContent.kdh(), block.signer().id())) {
                throw new IntegrityException("The TR-34 key block names a KDH other than its signer");
            }
            if (!MessageDigest.isEqual(keyBlockContent.header(), block.attributes().header())) {
                throw new IntegrityException("The TR-34 key block's header differs from the signed header");
            }
            requireKeyFits(header.algorithm(), keyBlockContent.key().length);
            return new Tr34Unwrapped(header, SecretBytes.of(keyBlockContent.key()));
        } finally {
            SecretBytes.wipeAll(contentKeyBytes, clear, keyBlockContent == null ? null : keyBlockContent.key());
            contentKey.wipe();
        }
    }

    /** The parsed token once its signer, signature, digest and nonce have been checked; nothing is decrypted. */
    static Tr34KeyBlock verified(byte[] keyBlock, X509Certificate kdhCertificate, byte[] expectedNonce) {
        Tr34KeyBlock block = Tr34KeyBlock.parse(keyBlock);
        Signer signer = block.signer();
        if (!sameIdentifier(signer.id(), identify(kdhCertificate))) {
            throw new IntegrityException("The TR-34 key block was not signed by this KDH certificate");
        }
        if (!NISTObjectIdentifiers.id_sha256.equals(signer.digestAlgorithm())
                || !RSA_SIGNATURES.contains(signer.signatureAlgorithm())) {
            throw new InvalidInputException("A TR-34 key block is signed with SHA-256 and RSA");
        }
        if (!Tr34Signature.verify(kdhCertificate.getPublicKey(), signer.signedAttributes(), signer.signature())) {
            throw new IntegrityException("The TR-34 key block's signature does not verify");
        }
        SignedAttributes attributes = block.attributes();
        if (!MessageDigest.isEqual(Tr34Signature.sha256(block.envelope()), attributes.messageDigest())) {
            throw new IntegrityException("The TR-34 key block's content does not match its signed digest");
        }
        requireNonce(attributes.nonce(), expectedNonce);
        return block;
    }

    private static void requireNonce(byte[] actual, byte[] expected) {
        if (expected == null) {
            if (actual != null) {
                throw new InvalidInputException("The TR-34 key block is two-pass; its random nonce is needed");
            }
        } else if (actual == null || !MessageDigest.isEqual(actual, expected)) {
            throw new IntegrityException("The TR-34 key block is not bound to the expected random nonce");
        }
    }

    /** TDES keys are 16 or 24 bytes, AES keys 16, 24 or 32; TR-34 transports no other kind. */
    private static void requireKeyFits(char algorithm, int length) {
        boolean fits = switch (algorithm) {
            case 'T' -> length == 16 || length == 24;
            case 'A' -> length == 16 || length == 24 || length == 32;
            default -> throw new InvalidInputException("TR-34 transports TDES or AES keys");
        };
        if (!fits) {
            throw new InvalidInputException("The key's length does not fit the header's algorithm");
        }
    }

    // ---------------------------------------------------------------------------------------- primitives

    /** A certificate's issuer and serial number, the identifier TR-34 uses for the KDH and the KRD. */
    private static IssuerAndSerialNumber identify(X509Certificate certificate) {
        Objects.requireNonNull(certificate, "certificate");
        try {
            // the principal keeps the issuer's encoding as it stands in the certificate
            return new IssuerAndSerialNumber(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()),
                    certificate.getSerialNumber());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("The certificate's issuer cannot be read");
        }
    }

    private static boolean sameIdentifier(IssuerAndSerialNumber a, IssuerAndSerialNumber b) {
        return Arrays.equals(Tr34KeyBlockWriter.der(a), Tr34KeyBlockWriter.der(b));
    }
}
