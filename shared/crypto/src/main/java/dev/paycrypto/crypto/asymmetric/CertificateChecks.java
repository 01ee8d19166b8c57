package dev.paycrypto.crypto.asymmetric;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;

/** The checks a certificate presented to the service must pass: signature, validity period and key usage. */
public final class CertificateChecks {

    // X.509 KeyUsage bit positions (RFC 5280 §4.2.1.3)
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int KEY_ENCIPHERMENT = 2;
    private static final int KEY_AGREEMENT = 4;
    private static final int KEY_CERT_SIGN = 5;
    // anyExtendedKeyUsage (RFC 5280 §4.2.1.12), id-kp-serverAuth and id-kp-clientAuth
    private static final Set<String> KEY_ESTABLISHMENT_PURPOSES = Set.of("2.5.29.37.0", "1.3.6.1.5.5.7.3.1",
            "1.3.6.1.5.5.7.3.2");

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

    /**
     * Whether {@code certificate}'s issuer name holds {@code issuer}'s subject name's relative distinguished names in
     * their order or in the reverse order. The reverse is what a certificate gets when its issuer name was built from
     * the authority's name as a string ({@code X500Principal.getName()} writes RFC 4514's most-specific-first order,
     * which Bouncy Castle's {@code new X500Name(String)} encodes as written): AWS's own Java ECDH sample
     * ({@code samples-for-payment-cryptography-service}, {@code LocalCAManager}) issues its terminals' certificates
     * that way, and its README shows the service taking them. Any other difference is not a
     * chain. Use it where the authority is named by the caller (an imported key), never to find one.
     */
    public static boolean namesIssuerInEitherOrder(X509Certificate certificate, X509Certificate issuer) {
        if (namesIssuer(certificate, issuer)) {
            return true;
        }
        RDN[] names = X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded()).getRDNs();
        if (names.length < 2) {
            return false;
        }
        RDN[] reversed = new RDN[names.length];
        for (int i = 0; i < names.length; i++) {
            reversed[i] = names[names.length - 1 - i];
        }
        try {
            return certificate.getIssuerX500Principal().equals(new X500Principal(new X500Name(reversed).getEncoded()));
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
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
     * limit on its key (RFC 5280 §4.2.1.3); one that has it must grant the purpose's bit, except for key agreement
     * (see {@link #allowsKeyAgreement}).
     */
    public static boolean allows(X509Certificate certificate, CertificateIssuer.Purpose purpose) {
        if (purpose == CertificateIssuer.Purpose.KEY_AGREEMENT) {
            return allowsKeyAgreement(certificate);
        }
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
        return has(usage, bit);
    }

    /**
     * Whether a partner's certificate may serve an ECDH key agreement. The strict reading (keyAgreement set) refuses
     * what AWS's own ECDH flows produce: AWS Private CA's {@code EndEntityCertificate/V1} template, which AWS's ECDH
     * samples issue the partner's certificate with, grants an end entity digitalSignature and keyEncipherment (and
     * the TLS purposes serverAuth and clientAuth), never keyAgreement. So the rule is the one TLS end entities live
     * by: an end-entity key usage (keyAgreement, digitalSignature or keyEncipherment), or no key usage extension,
     * allows it. Refused: a key usage that grants none of these (only keyCertSign/cRLSign, an authority's key, or
     * only nonRepudiation/dataEncipherment), and an extended key usage (RFC 5280 §4.2.1.12) that confines the key
     * to other purposes, i.e. lists none of anyExtendedKeyUsage, serverAuth and clientAuth (a code-signing or
     * OCSP-signing key is not a key-establishment key).
     */
    private static boolean allowsKeyAgreement(X509Certificate certificate) {
        boolean[] usage = certificate.getKeyUsage();
        if (usage != null && !has(usage, KEY_AGREEMENT) && !has(usage, DIGITAL_SIGNATURE)
                && !has(usage, KEY_ENCIPHERMENT)) {
            return false;
        }
        List<String> extended;
        try {
            extended = certificate.getExtendedKeyUsage();
        } catch (CertificateParsingException e) {
            return false;
        }
        return extended == null || extended.stream().anyMatch(KEY_ESTABLISHMENT_PURPOSES::contains);
    }

    private static boolean has(boolean[] usage, int bit) {
        return usage.length > bit && usage[bit];
    }

    /** Whether the certificate may issue others: basic constraints say it is a CA, or (version 1) say nothing. */
    public static boolean isAuthority(X509Certificate certificate) {
        return certificate.getVersion() < 3 || certificate.getBasicConstraints() >= 0;
    }
}
