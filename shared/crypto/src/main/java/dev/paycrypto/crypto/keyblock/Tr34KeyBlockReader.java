package dev.paycrypto.crypto.keyblock;

import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.keyblock.Tr34KeyBlock.ClearKeyBlock;
import dev.paycrypto.crypto.keyblock.Tr34KeyBlock.ContentCipher;
import dev.paycrypto.crypto.keyblock.Tr34KeyBlock.EncryptedContent;
import dev.paycrypto.crypto.keyblock.Tr34KeyBlock.Recipient;
import dev.paycrypto.crypto.keyblock.Tr34KeyBlock.SignedAttributes;
import dev.paycrypto.crypto.keyblock.Tr34KeyBlock.Signer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.KeyTransRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientIdentifier;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAESOAEPparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * Reads the DER layers of an untrusted TR-34 token, in AWS's layout or its RFC 5652 / RFC 8017 form (see
 * {@link Tr34KeyBlock}); it checks structure only, and anything malformed throws {@link InvalidInputException} with
 * a fixed message. Whether the token is acceptable is {@link Tr34}'s decision.
 */
final class Tr34KeyBlockReader {

    private Tr34KeyBlockReader() {
    }

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
            if (type.equals(Tr34KeyBlock.KEY_BLOCK_HEADER)) {
                header = headerValue(attribute);
                continue;
            }
            ASN1Encodable value = single(attribute);
            if (type.equals(PKCSObjectIdentifiers.pkcs_9_at_contentType)) {
                contentType = ASN1ObjectIdentifier.getInstance(value);
            } else if (type.equals(PKCSObjectIdentifiers.pkcs_9_at_messageDigest)) {
                digest = ASN1OctetString.getInstance(value).getOctets();
            } else if (type.equals(Tr34KeyBlock.RANDOM_NONCE)) {
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
        require(attribute.getAttrType().equals(Tr34KeyBlock.KEY_BLOCK_HEADER),
                "has no key block header attribute");
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
