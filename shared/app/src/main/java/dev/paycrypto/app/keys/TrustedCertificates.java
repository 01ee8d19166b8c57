package dev.paycrypto.app.keys;

import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.asymmetric.CertificateChecks;
import dev.paycrypto.crypto.asymmetric.CertificateIssuer;
import dev.paycrypto.keys.InvalidKeyAttributesException;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyStrength;
import dev.paycrypto.keys.KeyUsage;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.CallContext;
import java.security.cert.X509Certificate;

/**
 * The certificates a caller trusts the service with (User Guide, "Import public keys"): a root certificate
 * authority, imported once; intermediate and leaf certificates imported under an authority already imported; and
 * the leaf certificates a TR-34, RSA or ECDH exchange presents at run time, each checked against an imported
 * authority (issuer, signature, validity, key usage) before its key is used.
 */
public final class TrustedCertificates {

    private TrustedCertificates() {
    }

    /** A root certificate to import: self-signed, a certificate authority, unexpired, and as the attributes say. */
    public static KeyMaterial.PublicKeyCertificate root(KeySources keys, CallContext context, KeyAttributes attributes, String certificate,
                                                        String field) {
        X509Certificate root = parse(certificate, field);
        if (attributes.keyUsage() != KeyUsage.TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE) {
            throw new ValidationException(field + ": a root certificate has KeyUsage "
                    + KeyUsage.TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE);
        }
        if (!CertificateChecks.isSelfSigned(root) || !CertificateChecks.isAuthority(root)) {
            throw new ValidationException(field + " is not a self-signed certificate authority");
        }
        requireCurrent(keys, context, root, field);
        requireAttributesMatch(attributes, root, field);
        return new KeyMaterial.PublicKeyCertificate(root);
    }

    /**
     * A certificate to import under an imported authority: issued by it, unexpired, no stronger than it, and with
     * an X.509 key usage that allows what the attributes' usage is for.
     */
    public static KeyMaterial.PublicKeyCertificate trusted(KeySources keys, CallContext context, String authorityIdentifier,
                                                           KeyAttributes attributes, String certificate,
                                                           String field) {
        X509Certificate trusted = parse(certificate, field);
        requireAttributesMatch(attributes, trusted, field);
        CertificateIssuer.Purpose purpose = switch (attributes.keyUsage()) {
            case TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT -> CertificateIssuer.Purpose.KEY_AGREEMENT;
            case TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION, TR31_K2_TR34_ASYMMETRIC_KEY ->
                    CertificateIssuer.Purpose.KEY_WRAPPING;
            default -> CertificateChecks.isAuthority(trusted) ? CertificateIssuer.Purpose.CERTIFICATE_AUTHORITY
                    : CertificateIssuer.Purpose.SIGNING;
        };
        if (!CertificateChecks.allows(trusted, purpose)) {
            throw new ValidationException(field + ": the certificate's key usage does not allow what KeyUsage "
                    + attributes.keyUsage() + " needs");
        }
        requireIssuedBy(keys, context, authorityIdentifier, trusted, field);
        return new KeyMaterial.PublicKeyCertificate(trusted);
    }

    /**
     * A leaf certificate presented for an exchange: issued by the imported authority {@code authorityIdentifier},
     * current, and with a key usage that allows {@code purpose}.
     */
    public static X509Certificate leaf(KeySources keys, CallContext context, String authorityIdentifier, String certificate,
                                       CertificateIssuer.Purpose purpose, String field) {
        X509Certificate leaf = parse(certificate, field);
        if (!CertificateChecks.allows(leaf, purpose)) {
            throw new ValidationException(field + ": the certificate's key usage does not allow "
                    + purpose.name().toLowerCase().replace('_', ' '));
        }
        requireIssuedBy(keys, context, authorityIdentifier, leaf, field);
        return leaf;
    }

    private static void requireIssuedBy(KeySources keys, CallContext context, String authorityIdentifier, X509Certificate certificate,
                                        String field) {
        X509Certificate authority = authority(keys, context, authorityIdentifier);
        // certificate names are not secret: saying which names fail to chain tells the caller which authority to use
        if (!CertificateChecks.namesIssuerInEitherOrder(certificate, authority)) {
            throw new ValidationException(field + ": the names do not chain: the certificate's issuer name is "
                    + certificate.getIssuerX500Principal().getName() + ", the subject of the certificate authority "
                    + authorityIdentifier + " is " + authority.getSubjectX500Principal().getName());
        }
        if (!CertificateChecks.isSignedBy(certificate, authority.getPublicKey())) {
            throw new ValidationException(field + " is not signed by the certificate authority "
                    + authorityIdentifier);
        }
        KeyAlgorithm issuerAlgorithm = algorithmOf(authority, "CertificateAuthorityPublicKeyIdentifier");
        KeyAlgorithm subjectAlgorithm = algorithmOf(certificate, field);
        if (!KeyStrength.canCertify(issuerAlgorithm, subjectAlgorithm)) {
            throw new ValidationException(field + ": a " + subjectAlgorithm + " certificate cannot be issued by a "
                    + issuerAlgorithm + " certificate authority; the authority must be at least as strong");
        }
        requireCurrent(keys, context, certificate, field);
    }

    /** The certificate of an imported authority: a usable public key of usage S0 whose certificate may sign. */
    private static X509Certificate authority(KeySources keys, CallContext context, String identifier) {
        StoredKey key = keys.resolver(context).resolveUsable(identifier, context.now());
        if (key.attributes().keyClass() != KeyClass.PUBLIC_KEY
                || key.attributes().keyUsage() != KeyUsage.TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE) {
            throw new ValidationException("CertificateAuthorityPublicKeyIdentifier: key " + key.keyArn()
                    + " is not an imported certificate authority (PUBLIC_KEY of KeyUsage "
                    + KeyUsage.TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE + ")");
        }
        X509Certificate certificate =
                ((KeyMaterial.PublicKeyCertificate) keys.open(key)).certificate();
        if (!CertificateChecks.isAuthority(certificate)) {
            throw new ValidationException("CertificateAuthorityPublicKeyIdentifier: the certificate of key "
                    + key.keyArn() + " is not a certificate authority");
        }
        requireCurrent(keys, context, certificate, "CertificateAuthorityPublicKeyIdentifier");
        return certificate;
    }

    private static void requireAttributesMatch(KeyAttributes attributes, X509Certificate certificate, String field) {
        if (attributes.keyClass() != KeyClass.PUBLIC_KEY) {
            throw new ValidationException(field + ": an imported certificate has KeyClass PUBLIC_KEY");
        }
        KeyAlgorithm actual = algorithmOf(certificate, field);
        if (actual != attributes.keyAlgorithm()) {
            throw new ValidationException(field + " holds a " + actual + " key; KeyAlgorithm says "
                    + attributes.keyAlgorithm());
        }
    }

    private static void requireCurrent(KeySources keys, CallContext context, X509Certificate certificate, String field) {
        if (!CertificateChecks.isValidAt(certificate, context.now())) {
            throw new ValidationException(field + " is expired or not yet valid");
        }
    }

    private static KeyAlgorithm algorithmOf(X509Certificate certificate, String field) {
        try {
            return KeyStrength.algorithmOf(certificate.getPublicKey());
        } catch (InvalidKeyAttributesException e) {
            throw new ValidationException(field + ": " + e.getMessage());
        }
    }

    private static X509Certificate parse(String certificate, String field) {
        try {
            return CertificateIssuer.fromBase64Pem(certificate);
        } catch (CryptoException e) {
            throw new ValidationException(field + " is not a base64-encoded PEM X.509 certificate");
        }
    }
}
