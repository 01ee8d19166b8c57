package dev.paycrypto.crypto.asymmetric;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;

/** The checks a certificate presented to the service must pass: signature, validity period and key usage. */
public final class CertificateChecks {

    // X.509 KeyUsage bit positions (RFC 5280 §4.2.1.3)
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int KEY_ENCIPHERMENT = 2;
    private static final int KEY_AGREEMENT = 4;
    private static final int KEY_CERT_SIGN = 5;

    private CertificateChecks() {
    }

    /** Whether {@code certificate} carries a valid signature by {@code issuerKey}. */
    public static boolean isSignedBy(X509Certificate certificate, PublicKey issuerKey) {
        try {
            certificate.verify(issuerKey);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** Whether {@code certificate}'s issuer name is {@code issuer}'s subject name (the names chain). */
    public static boolean namesIssuer(X509Certificate certificate, X509Certificate issuer) {
        return certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal());
    }

    /** Whether {@code certificate} names {@code issuer} as its issuer and carries a valid signature by it. */
    public static boolean isIssuedBy(X509Certificate certificate, X509Certificate issuer) {
        return namesIssuer(certificate, issuer) && isSignedBy(certificate, issuer.getPublicKey());
    }

    /** Whether {@code certificate} is self-issued and verifies under its own key. */
    public static boolean isSelfSigned(X509Certificate certificate) {
        return isIssuedBy(certificate, certificate);
    }

    public static boolean isValidAt(X509Certificate certificate, Instant when) {
        try {
            certificate.checkValidity(Date.from(when));
            return true;
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            return false;
        }
    }

    /**
     * Whether the certificate's key may serve {@code purpose}. A certificate without a key usage extension puts no
     * limit on its key (RFC 5280 §4.2.1.3); one that has it must grant the purpose's bit.
     */
    public static boolean allows(X509Certificate certificate, CertificateIssuer.Purpose purpose) {
        boolean[] usage = certificate.getKeyUsage();
        if (usage == null) {
            return true;
        }
        int bit = switch (purpose) {
            case CERTIFICATE_AUTHORITY -> KEY_CERT_SIGN;
            case KEY_WRAPPING -> KEY_ENCIPHERMENT;
            case SIGNING -> DIGITAL_SIGNATURE;
            case KEY_AGREEMENT -> KEY_AGREEMENT;
        };
        return usage.length > bit && usage[bit];
    }

    /** Whether the certificate may issue others: basic constraints say it is a CA, or (version 1) say nothing. */
    public static boolean isAuthority(X509Certificate certificate) {
        return certificate.getVersion() < 3 || certificate.getBasicConstraints() >= 0;
    }
}
