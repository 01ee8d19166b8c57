package dev.paycrypto.crypto.keyblock;

import dev.paycrypto.crypto.keyblock.Tr34KeyBlock.EncryptedContent;
import dev.paycrypto.crypto.keyblock.Tr34KeyBlock.Recipient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * Writes the DER layers of a TR-34 token in the layout AWS Payment Cryptography exchanges (see {@link Tr34KeyBlock}
 * for where it departs from RFC 5652): the clear key block, the envelope, the signed attributes and the SignedData.
 */
final class Tr34KeyBlockWriter {

    private Tr34KeyBlockWriter() {
    }

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
            attributes.add(new Attribute(Tr34KeyBlock.RANDOM_NONCE, new DERSet(new DEROctetString(nonce))));
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
        return new Attribute(Tr34KeyBlock.KEY_BLOCK_HEADER, new DERSet(new DEROctetString(header)));
    }

    private static DERSequence sequence(ASN1Encodable... elements) {
        return new DERSequence(elements);
    }
}
