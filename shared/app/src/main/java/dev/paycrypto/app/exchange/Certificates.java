package dev.paycrypto.app.exchange;

import dev.paycrypto.api.control.CertificateSubjectType;
import dev.paycrypto.api.control.GetCertificateSigningRequestInput;
import dev.paycrypto.api.control.GetCertificateSigningRequestOutput;
import dev.paycrypto.api.control.GetPublicKeyCertificateInput;
import dev.paycrypto.api.control.GetPublicKeyCertificateOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.KeySources;
import dev.paycrypto.crypto.asymmetric.CertificateIssuer;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.StoredKey;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;

/**
 * Certificates of the key pairs the service holds: one issued by the account's certificate authority of the key's
 * family (GetPublicKeyCertificate), or a PKCS #10 request signed with the key itself, for the caller's own
 * authority to sign ("bring your own CA", GetCertificateSigningRequest).
 */
public final class Certificates {

    static final Duration VALIDITY = Duration.ofDays(365);

    private final KeySources keys;
    private final AccountAuthority authority;

    public Certificates(KeySources keys, AccountAuthority authority) {
        this.keys = keys;
        this.authority = authority;
    }

    /**
     * GetPublicKeyCertificate: the key's usage sets the certificate's: signing for S0, key agreement for K3, key
     * encipherment for D1 and K2.
     */
    public GetPublicKeyCertificateOutput publicKeyCertificate(GetPublicKeyCertificateInput request,
                                                              CallContext context) {
        StoredKey key = requireKeyPair(keys.resolver(context).resolve(request.keyIdentifier()),
                "; certificates are issued for ASYMMETRIC_KEY_PAIR keys");
        CertificateIssuer.Purpose purpose = switch (key.attributes().keyUsage()) {
            case TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE -> CertificateIssuer.Purpose.SIGNING;
            case TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT -> CertificateIssuer.Purpose.KEY_AGREEMENT;
            default -> CertificateIssuer.Purpose.KEY_WRAPPING;
        };
        PublicKey publicKey = keys.open(key).publicKey();
        AccountAuthority.Opened issuer = authority.forKey(context, publicKey);
        X509Certificate certificate = authority.issue(context, issuer, "PayCrypto key " + key.keyId(), publicKey,
                purpose, context.now().plus(VALIDITY));
        return new GetPublicKeyCertificateOutput(CertificateIssuer.toBase64Pem(certificate),
                CertificateIssuer.toBase64Pem(issuer.certificate()));
    }

    /** GetCertificateSigningRequest: base64 of the PEM of the request. */
    public GetCertificateSigningRequestOutput signingRequest(GetCertificateSigningRequestInput request,
                                                             CallContext context) {
        StoredKey key = requireKeyPair(keys.resolver(context).resolveUsable(request.keyIdentifier(), context.now()),
                "; a certificate signing request needs an ASYMMETRIC_KEY_PAIR");
        String signatureAlgorithm = request.signingAlgorithm().name() + "with"
                + (key.attributes().keyAlgorithm().family() == KeyAlgorithm.Family.RSA ? "RSA" : "ECDSA");
        CertificateSubjectType subject = request.certificateSubject();
        CertificateIssuer.Subject name = new CertificateIssuer.Subject(subject.commonName(), subject.organization(),
                subject.organizationUnit(), subject.city(), subject.stateOrProvince(), subject.country(),
                subject.emailAddress());
        KeyMaterial.KeyPair pair = (KeyMaterial.KeyPair) keys.open(key);
        String pem = CertificateIssuer.signingRequestPem(name, pair.publicKey(), pair.privateKey(), signatureAlgorithm);
        return new GetCertificateSigningRequestOutput(
                Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    private static StoredKey requireKeyPair(StoredKey key, String why) {
        if (key.attributes().keyClass() != KeyClass.ASYMMETRIC_KEY_PAIR) {
            throw new ValidationException("Key " + key.keyArn() + " is " + key.attributes().keyClass() + why);
        }
        return key;
    }
}
