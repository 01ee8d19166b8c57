package dev.paycrypto.crypto.asymmetric;

import dev.paycrypto.crypto.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * Issues the X.509 certificates the service hands out: an account's self-signed certificate authority and the
 * certificates of short-lived wrapping and signing keys, signed by that authority (SHA-256 with RSA, or SHA-512
 * with ECDSA for an elliptic-curve authority).
 */
public final class CertificateIssuer {

    /** What a certificate is for. */
    public enum Purpose {
        CERTIFICATE_AUTHORITY(KeyUsage.keyCertSign | KeyUsage.cRLSign),
        KEY_WRAPPING(KeyUsage.keyEncipherment),
        SIGNING(KeyUsage.digitalSignature),
        KEY_AGREEMENT(KeyUsage.keyAgreement);

        private final int keyUsageBits;

        Purpose(int keyUsageBits) {
            this.keyUsageBits = keyUsageBits;
        }
    }

    /** The distinguished name of a certificate signing request; null members are left out. */
    public record Subject(String commonName, String organization, String organizationUnit, String city,
                          String stateOrProvince, String country, String emailAddress) {
        X500Name toX500Name() {
            X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE);
            add(name, BCStyle.C, country);
            add(name, BCStyle.ST, stateOrProvince);
            add(name, BCStyle.L, city);
            add(name, BCStyle.O, organization);
            add(name, BCStyle.OU, organizationUnit);
            add(name, BCStyle.CN, commonName);
            add(name, BCStyle.EmailAddress, emailAddress);
            return name.build();
        }

        private static void add(X500NameBuilder name, ASN1ObjectIdentifier type, String value) {
            if (value != null) {
                name.addRDN(type, value);
            }
        }
    }

    private CertificateIssuer() {
    }

    /**
     * A PKCS #10 certificate signing request for a key pair, signed with its private key, as PEM text.
     *
     * @param signatureAlgorithm a JCA name such as {@code SHA256withRSA} or {@code SHA384withECDSA}
     */
    public static String signingRequestPem(Subject subject, PublicKey publicKey, PrivateKey privateKey,
                                           String signatureAlgorithm) {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(signatureAlgorithm).build(privateKey);
            byte[] der = new JcaPKCS10CertificationRequestBuilder(subject.toX500Name(), publicKey).build(signer)
                    .getEncoded();
            return pem("CERTIFICATE REQUEST", der);
        } catch (OperatorCreationException | IOException e) {
            throw new IllegalStateException("Certificate signing request failed", e);
        }
    }

    /** A self-signed CA certificate for {@code keyPair}. */
    public static X509Certificate selfSignedAuthority(String subject, PublicKey publicKey, PrivateKey privateKey,
                                                      Instant notBefore, Instant notAfter, SecureRandom random) {
        X500Name name = new X500Name(subject);
        return issue(name, name, publicKey, privateKey, publicKey, Purpose.CERTIFICATE_AUTHORITY, notBefore, notAfter,
                random);
    }

    /** A certificate for {@code subjectKey}, signed by the authority. */
    public static X509Certificate issue(X509Certificate authority, PrivateKey authorityKey, String subject,
                                        PublicKey subjectKey, Purpose purpose, Instant notBefore, Instant notAfter,
                                        SecureRandom random) {
        X500Name issuer = X500Name.getInstance(authority.getSubjectX500Principal().getEncoded());
        return issue(issuer, new X500Name(subject), subjectKey, authorityKey, authority.getPublicKey(), purpose,
                notBefore, notAfter, random);
    }

    private static X509Certificate issue(X500Name issuer, X500Name subject, PublicKey subjectKey,
                                         PrivateKey signingKey, PublicKey issuerKey, Purpose purpose,
                                         Instant notBefore, Instant notAfter, SecureRandom random) {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    new BigInteger(127, random).add(BigInteger.ONE), Date.from(notBefore), Date.from(notAfter),
                    subject, subjectKey);
            builder.addExtension(Extension.basicConstraints, true,
                    new BasicConstraints(purpose == Purpose.CERTIFICATE_AUTHORITY));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(purpose.keyUsageBits));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(subjectKey));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    extensions.createAuthorityKeyIdentifier(issuerKey));
            ContentSigner signer = new JcaContentSignerBuilder(signatureAlgorithm(signingKey)).build(signingKey);
            return toX509(builder.build(signer));
        } catch (CertIOException | OperatorCreationException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Certificate issuance failed", e);
        }
    }

    /** SHA-256 with RSA for an RSA authority, SHA-512 with ECDSA for an elliptic-curve one. */
    private static String signatureAlgorithm(PrivateKey signingKey) {
        return "EC".equals(signingKey.getAlgorithm()) ? "SHA512withECDSA" : "SHA256withRSA";
    }

    private static X509Certificate toX509(X509CertificateHolder holder) {
        try {
            return decodeDer(holder.getEncoded());
        } catch (IOException e) {
            throw new IllegalStateException("Certificate encoding failed", e);
        }
    }

    public static X509Certificate decodeDer(byte[] der) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new InvalidInputException("Not an X.509 certificate");
        }
    }

    /** The certificate as PEM text. */
    public static String toPem(X509Certificate certificate) {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("Certificate encoding failed", e);
        }
    }

    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    /** The form the API carries certificates in: the PEM text, base64-encoded. */
    public static String toBase64Pem(X509Certificate certificate) {
        return Base64.getEncoder().encodeToString(toPem(certificate).getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads the API's form (base64 of PEM) back; also accepts base64 of DER. */
    public static X509Certificate fromBase64Pem(String value) {
        byte[] decoded;
        try {
            decoded = Base64.getMimeDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Certificate is not base64");
        }
        String text = new String(decoded, StandardCharsets.US_ASCII);
        if (text.contains("-----BEGIN CERTIFICATE-----")) {
            String body = text.replaceAll("-----(BEGIN|END) CERTIFICATE-----", "").replaceAll("\\s", "");
            try {
                decoded = Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("Certificate PEM body is not base64");
            }
        }
        return decodeDer(decoded);
    }
}
