package dev.paycrypto.crypto.keyblock;

import dev.paycrypto.crypto.BlockCiphers;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.KeyTransRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientIdentifier;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAESOAEPparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * The DER layers of a TR-34 (2012) two-pass key token and the content ciphers it names. Reading here checks
 * structure only; {@link Tr34} decides what is acceptable, signs, verifies and decrypts.
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

    // ---------------------------------------------------------------------------------------------- writing

    /** The clear key block, DER, before padding. */
    static byte[] clearKeyBlock(IssuerAndSerialNumber kdh, byte[] key, byte[] header) {
        return der(sequence(new ASN1Integer(1), kdh, new DEROctetString(key), headerAttribute(header)));
    }

    /** The EnvelopedData fields, concatenated without their SEQUENCE header (AWS layout, see class comment). */
    static byte[] envelope(Recipient recipient, EncryptedContent content) {
        ASN1Encodable oaepParameters = sequence(
                new AlgorithmIdentifier(recipient.hash().digest, DERNull.INSTANCE),
                new AlgorithmIdentifier(PKCSObjectIdentifiers.id_mgf1, new AlgorithmIdentifier(recipient.hash().digest)),
                new AlgorithmIdentifier(PKCSObjectIdentifiers.id_pSpecified, new DEROctetString(new byte[0])));
        DERSequence keyTransport = sequence(new ASN1Integer(0), recipient.id(),
                new AlgorithmIdentifier(PKCSObjectIdentifiers.id_RSAES_OAEP, oaepParameters),
                new DEROctetString(recipient.encryptedKey()));
        DERSequence encryptedContentInfo = sequence(PKCSObjectIdentifiers.data,
                sequence(content.cipher().oid, new DEROctetString(content.iv()),
                        new DERTaggedObject(false, 0, new DEROctetString(content.ciphertext()))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(der(new ASN1Integer(0)));
        out.writeBytes(der(new DERSet(keyTransport)));
        out.writeBytes(der(encryptedContentInfo));
        return out.toByteArray();
    }

    /** The signed attributes: content type, random nonce (two-pass), key block header, message digest; DER sorted. */
    static ASN1Set signedAttributes(byte[] header, byte[] nonce, byte[] messageDigest) {
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.pkcs_9_at_contentType,
                new DERSet(PKCSObjectIdentifiers.envelopedData)));
        if (nonce != null) {
            attributes.add(new Attribute(RANDOM_NONCE, new DERSet(new DEROctetString(nonce))));
        }
        attributes.add(headerAttribute(header));
        attributes.add(new Attribute(PKCSObjectIdentifiers.pkcs_9_at_messageDigest,
                new DERSet(new DEROctetString(messageDigest))));
        return new DERSet(attributes);
    }

    /**
     * The ContentInfo: SignedData version 1, SHA-256, the envelope as encapsulated content of type EnvelopedData, no
     * certificates or CRLs, one SignerInfo identifying the KDH by issuer and serial number, signed with
     * rsaEncryption (PKCS #1 v1.5).
     */
    static byte[] encode(IssuerAndSerialNumber kdh, ASN1Set signedAttributes, byte[] signature, byte[] envelope) {
        AlgorithmIdentifier sha256 = new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256);
        ASN1Encodable signerInfo = sequence(new ASN1Integer(1), kdh, sha256,
                new DERTaggedObject(false, 0, signedAttributes),
                new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                new DEROctetString(signature));
        ASN1Encodable signedData = sequence(new ASN1Integer(1), new DERSet(sha256),
                sequence(PKCSObjectIdentifiers.envelopedData, new DERTaggedObject(true, 0, new DEROctetString(envelope))),
                new DERSet(signerInfo));
        return der(sequence(PKCSObjectIdentifiers.signedData, new DERTaggedObject(true, 0, signedData)));
    }

    static byte[] der(ASN1Object object) {
        try {
            return object.getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("DER encoding failed", e);
        }
    }

    private static Attribute headerAttribute(byte[] header) {
        return new Attribute(KEY_BLOCK_HEADER, new DERSet(new DEROctetString(header)));
    }

    private static DERSequence sequence(ASN1Encodable... elements) {
        return new DERSequence(elements);
    }

    // ---------------------------------------------------------------------------------------------- reading

    /** Reads a token's structure; anything malformed throws {@link InvalidInputException}. Nothing is verified. */
    static Tr34KeyBlock parse(byte[] token) {
        if (token == null || token.length == 0) {
            throw new InvalidInputException("The TR-34 key block is empty");
        }
        return structurally(() -> {
            ContentInfo outer = ContentInfo.getInstance(ASN1Primitive.fromByteArray(token));
            require(PKCSObjectIdentifiers.signedData.equals(outer.getContentType()), "is not a SignedData");
            SignedData signedData = SignedData.getInstance(outer.getContent());
            ContentInfo encapsulated = signedData.getEncapContentInfo();
            require(PKCSObjectIdentifiers.envelopedData.equals(encapsulated.getContentType())
                    && encapsulated.getContent() != null, "does not carry an EnvelopedData");
            byte[] envelope = ASN1OctetString.getInstance(encapsulated.getContent()).getOctets();
            require(signedData.getSignerInfos().size() == 1, "has other than one signer");
            SignerInfo signerInfo = SignerInfo.getInstance(signedData.getSignerInfos().getObjectAt(0));
            require(!signerInfo.getSID().isTagged(), "does not identify its signer by issuer and serial number");
            ASN1Set signed = signerInfo.getAuthenticatedAttributes();
            require(signed != null, "has no signed attributes");
            // verified as received: DL keeps the order the KDH signed, which need not be DER's
            Signer signer = new Signer(IssuerAndSerialNumber.getInstance(signerInfo.getSID().getId()),
                    signerInfo.getDigestAlgorithm().getAlgorithm(),
                    signerInfo.getDigestEncryptionAlgorithm().getAlgorithm(), signed.getEncoded(ASN1Encoding.DL),
                    signerInfo.getEncryptedDigest().getOctets());
            ASN1Sequence envelopedData = envelopedData(envelope);
            require(envelopedData.size() == 3 && envelopedData.getObjectAt(0) instanceof ASN1Integer,
                    "has an EnvelopedData with other than a version, one recipient set and encrypted content");
            return new Tr34KeyBlock(envelope, signer, signedAttributes(signed),
                    recipient(envelopedData.getObjectAt(1)), encryptedContent(envelopedData.getObjectAt(2)));
        });
    }

    /** Reads the clear key block, ignoring up to one cipher block of padding after it. */
    static ClearKeyBlock parseClearKeyBlock(byte[] clear, int blockSize) {
        return structurally(() -> {
            ByteArrayInputStream bytes = new ByteArrayInputStream(clear);
            ASN1Sequence keyBlock = ASN1Sequence.getInstance(new ASN1InputStream(bytes, clear.length).readObject());
            // the AWS samples pad with PKCS #7 or, when aligned, not at all; the signature covers it either way
            require(bytes.available() <= blockSize, "key block has more than a block of padding");
            require(keyBlock.size() == 4 && ASN1Integer.getInstance(keyBlock.getObjectAt(0)).hasValue(1),
                    "key block is not version 1");
            return new ClearKeyBlock(IssuerAndSerialNumber.getInstance(keyBlock.getObjectAt(1)),
                    ASN1OctetString.getInstance(keyBlock.getObjectAt(2)).getOctets(),
                    headerValue(Attribute.getInstance(keyBlock.getObjectAt(3))));
        });
    }

    private static SignedAttributes signedAttributes(ASN1Set signed) {
        ASN1ObjectIdentifier contentType = null;
        byte[] digest = null;
        byte[] nonce = null;
        byte[] header = null;
        List<ASN1ObjectIdentifier> seen = new ArrayList<>();
        for (ASN1Encodable element : signed) {
            Attribute attribute = Attribute.getInstance(element);
            ASN1ObjectIdentifier type = attribute.getAttrType();
            require(!seen.contains(type), "repeats a signed attribute");
            seen.add(type);
            if (type.equals(KEY_BLOCK_HEADER)) {
                header = headerValue(attribute);
                continue;
            }
            ASN1Encodable value = single(attribute);
            if (type.equals(PKCSObjectIdentifiers.pkcs_9_at_contentType)) {
                contentType = ASN1ObjectIdentifier.getInstance(value);
            } else if (type.equals(PKCSObjectIdentifiers.pkcs_9_at_messageDigest)) {
                digest = ASN1OctetString.getInstance(value).getOctets();
            } else if (type.equals(RANDOM_NONCE)) {
                nonce = ASN1OctetString.getInstance(value).getOctets();
            }
            // others (a one-pass token's signing time, say) are signed but mean nothing to the key transport
        }
        require(contentType != null && digest != null && header != null,
                "lacks its content type, message digest or key block header attribute");
        require(contentType.equals(PKCSObjectIdentifiers.envelopedData), "signs a content type other than its own");
        return new SignedAttributes(digest, nonce, header);
    }

    private static byte[] headerValue(Attribute attribute) {
        require(attribute.getAttrType().equals(KEY_BLOCK_HEADER), "has no key block header attribute");
        return ASN1OctetString.getInstance(single(attribute)).getOctets();
    }

    private static ASN1Encodable single(Attribute attribute) {
        require(attribute.getAttrValues().size() == 1, "has an attribute without exactly one value");
        return attribute.getAttrValues().getObjectAt(0);
    }

    /** The EnvelopedData fields, whether the envelope is a SEQUENCE (CMS) or its bare fields (AWS). */
    private static ASN1Sequence envelopedData(byte[] envelope) throws IOException {
        ASN1EncodableVector fields = new ASN1EncodableVector();
        try (ASN1InputStream in = new ASN1InputStream(envelope)) {
            for (ASN1Primitive field = in.readObject(); field != null; field = in.readObject()) {
                fields.add(field);
            }
        }
        if (fields.size() == 1 && fields.get(0) instanceof ASN1Sequence sequence) {
            return sequence;
        }
        return new DERSequence(fields);
    }

    private static Recipient recipient(ASN1Encodable recipientInfos) {
        ASN1Set recipients = ASN1Set.getInstance(recipientInfos);
        require(recipients.size() == 1, "has other than one recipient");
        KeyTransRecipientInfo keyTransport = KeyTransRecipientInfo.getInstance(recipients.getObjectAt(0));
        RecipientIdentifier id = keyTransport.getRecipientIdentifier();
        require(!id.isTagged(), "does not identify its recipient by issuer and serial number");
        AlgorithmIdentifier algorithm = keyTransport.getKeyEncryptionAlgorithm();
        require(PKCSObjectIdentifiers.id_RSAES_OAEP.equals(algorithm.getAlgorithm()),
                "does not transport its key with RSAES-OAEP");
        return new Recipient(IssuerAndSerialNumber.getInstance(id.getId()), oaepHash(algorithm.getParameters()),
                keyTransport.getEncryptedKey().getOctets());
    }

    /**
     * The OAEP hash, from either the TR-34 2012 encoding (three untagged AlgorithmIdentifiers) or RFC 8017's tagged
     * fields with their defaults. The MGF must be MGF1 with the same hash and the label empty; SHA-1 is refused.
     */
    private static Tr34.OaepHash oaepHash(ASN1Encodable parameters) {
        ASN1Sequence fields = parameters == null ? new DERSequence() : ASN1Sequence.getInstance(parameters);
        AlgorithmIdentifier hashAlgorithm;
        AlgorithmIdentifier maskGeneration;
        AlgorithmIdentifier labelSource;
        if (fields.size() == 0 || fields.getObjectAt(0) instanceof ASN1TaggedObject) {
            RSAESOAEPparams rfc8017 = RSAESOAEPparams.getInstance(fields);
            hashAlgorithm = rfc8017.getHashAlgorithm();
            maskGeneration = rfc8017.getMaskGenAlgorithm();
            labelSource = rfc8017.getPSourceAlgorithm();
        } else {
            require(fields.size() == 3, "has malformed OAEP parameters");
            hashAlgorithm = AlgorithmIdentifier.getInstance(fields.getObjectAt(0));
            maskGeneration = AlgorithmIdentifier.getInstance(fields.getObjectAt(1));
            labelSource = AlgorithmIdentifier.getInstance(fields.getObjectAt(2));
        }
        Tr34.OaepHash hash = Tr34.OaepHash.of(hashAlgorithm.getAlgorithm());
        require(PKCSObjectIdentifiers.id_mgf1.equals(maskGeneration.getAlgorithm())
                && hash.digest.equals(AlgorithmIdentifier.getInstance(maskGeneration.getParameters()).getAlgorithm()),
                "does not use MGF1 with the OAEP hash");
        require(PKCSObjectIdentifiers.id_pSpecified.equals(labelSource.getAlgorithm())
                && ASN1OctetString.getInstance(labelSource.getParameters()).getOctets().length == 0,
                "uses an OAEP label");
        return hash;
    }

    /** The encrypted content, whether inside the algorithm identifier (TR-34 2012, AWS) or after it (CMS). */
    private static EncryptedContent encryptedContent(ASN1Encodable encryptedContentInfo) {
        ASN1Sequence info = ASN1Sequence.getInstance(encryptedContentInfo);
        require(info.size() == 2 || info.size() == 3, "has a malformed EncryptedContentInfo");
        require(PKCSObjectIdentifiers.data.equals(info.getObjectAt(0)), "encrypts other than data");
        ASN1Sequence algorithm = ASN1Sequence.getInstance(info.getObjectAt(1));
        boolean insideAlgorithm = info.size() == 2;
        require(algorithm.size() == (insideAlgorithm ? 3 : 2), "has no encrypted content, or two");
        ContentCipher cipher = ContentCipher.of(ASN1ObjectIdentifier.getInstance(algorithm.getObjectAt(0)));
        byte[] iv = ASN1OctetString.getInstance(algorithm.getObjectAt(1)).getOctets();
        ASN1Encodable encrypted = insideAlgorithm ? algorithm.getObjectAt(2) : info.getObjectAt(2);
        ASN1TaggedObject tagged = ASN1TaggedObject.getInstance(encrypted, BERTags.CONTEXT_SPECIFIC, 0);
        byte[] ciphertext = ASN1OctetString.getInstance(tagged, false).getOctets();
        require(iv.length == cipher.blockSize, "has an IV of the wrong length");
        require(ciphertext.length > 0 && ciphertext.length % cipher.blockSize == 0,
                "has encrypted content that is not whole cipher blocks");
        return new EncryptedContent(cipher, iv, ciphertext);
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new InvalidInputException("The TR-34 key block " + problem);
        }
    }

    private interface Reader<T> {
        T read() throws IOException;
    }

    /**
     * Runs a reader over untrusted DER. Bouncy Castle reports malformed input with I/O, illegal-argument,
     * illegal-state or class-cast exceptions; all become {@link InvalidInputException}, with a fixed message.
     */
    private static <T> T structurally(Reader<T> reader) {
        try {
            return reader.read();
        } catch (CryptoException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("The TR-34 key block is not well-formed DER");
        }
    }
}
