package dev.paycrypto.crypto.asymmetric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which certificates may serve an ECDH key agreement, and how issuer names and signatures are told apart. The
 * certificates are built here with Bouncy Castle's builder, not by the service's {@link CertificateIssuer}:
 * AWS Private CA's {@code EndEntityCertificate/V1} template (the one AWS's ECDH samples issue partner
 * certificates with) gives an end entity digitalSignature and keyEncipherment, with serverAuth and clientAuth.
 */
class CertificateChecksTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @ParameterizedTest(name = "key usage {0}, extended {1}: key agreement allowed = {2}")
    @CsvSource({
            // AWS Private CA EndEntityCertificate/V1, as AWS's ECDH samples issue it
            "digitalSignature+keyEncipherment, serverAuth+clientAuth, true",
            "digitalSignature+keyEncipherment, none, true",
            "keyAgreement, none, true",
            "digitalSignature, none, true",
            "none, none, true",
            "none, anyExtendedKeyUsage, true",
            // an authority's usages only: the key may certify, not agree keys
            "keyCertSign+cRLSign, none, false",
            "nonRepudiation, none, false",
            // an extended key usage that limits the key to other purposes
            "digitalSignature+keyEncipherment, codeSigning, false",
            "keyAgreement, OCSPSigning+timeStamping, false",
    })
    void keyAgreementAcceptsWhatAwsFlowsIssueAndRefusesUsagesThatForbidIt(String usage, String extended,
                                                                          boolean allowed) throws Exception {
        X509Certificate certificate = certificate(usage, extended);
        assertThat(CertificateChecks.allows(certificate, CertificateIssuer.Purpose.KEY_AGREEMENT)).isEqualTo(allowed);
    }

    @Test
    void theOtherPurposesKeepTheirOneBit() throws Exception {
        X509Certificate endEntity = certificate("digitalSignature+keyEncipherment", "serverAuth+clientAuth");
        assertThat(CertificateChecks.allows(endEntity, CertificateIssuer.Purpose.SIGNING)).isTrue();
        assertThat(CertificateChecks.allows(endEntity, CertificateIssuer.Purpose.KEY_WRAPPING)).isTrue();
        assertThat(CertificateChecks.allows(endEntity, CertificateIssuer.Purpose.CERTIFICATE_AUTHORITY)).isFalse();
        X509Certificate agreementOnly = certificate("keyAgreement", "none");
        assertThat(CertificateChecks.allows(agreementOnly, CertificateIssuer.Purpose.SIGNING)).isFalse();
    }

    @Test
    void issuerNameAndSignatureAreTwoChecks() throws Exception {
        Instant now = Instant.now();
        KeyPair caKey = ec();
        X509Certificate authority = CertificateIssuer.selfSignedAuthority("CN=Partner Root", caKey.getPublic(),
                caKey.getPrivate(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), RANDOM);
        KeyPair leafKey = ec();
        X509Certificate issued = CertificateIssuer.issue(authority, caKey.getPrivate(), "CN=Leaf", leafKey.getPublic(),
                CertificateIssuer.Purpose.KEY_AGREEMENT, now, now.plus(Duration.ofDays(1)), RANDOM);
        assertThat(CertificateChecks.namesIssuer(issued, authority)).isTrue();
        assertThat(CertificateChecks.isIssuedBy(issued, authority)).isTrue();

        // the authority's name, but signed by another key: the names chain, the signature does not verify
        KeyPair impostorKey = ec();
        X509Certificate impostorRoot = CertificateIssuer.selfSignedAuthority("CN=Partner Root",
                impostorKey.getPublic(), impostorKey.getPrivate(), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), RANDOM);
        X509Certificate forged = CertificateIssuer.issue(impostorRoot, impostorKey.getPrivate(), "CN=Leaf",
                leafKey.getPublic(), CertificateIssuer.Purpose.KEY_AGREEMENT, now, now.plus(Duration.ofDays(1)),
                RANDOM);
        assertThat(CertificateChecks.namesIssuer(forged, authority)).isTrue();
        assertThat(CertificateChecks.isIssuedBy(forged, authority)).isFalse();

        // another issuer name altogether
        X509Certificate stranger = CertificateIssuer.selfSignedAuthority("CN=Stranger", caKey.getPublic(),
                caKey.getPrivate(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), RANDOM);
        X509Certificate elsewhere = CertificateIssuer.issue(stranger, caKey.getPrivate(), "CN=Leaf",
                leafKey.getPublic(), CertificateIssuer.Purpose.KEY_AGREEMENT, now, now.plus(Duration.ofDays(1)),
                RANDOM);
        assertThat(CertificateChecks.namesIssuer(elsewhere, authority)).isFalse();
        assertThat(CertificateChecks.isIssuedBy(elsewhere, authority)).isFalse();
        assertThat(CertificateChecks.namesIssuerInEitherOrder(elsewhere, authority)).isFalse();
    }

    @Test
    void anIssuerNameWithTheAuthoritysNamesReversedChainsInEitherOrderOnly() throws Exception {
        Instant now = Instant.now();
        KeyPair caKey = ec();
        X509Certificate authority = CertificateIssuer.selfSignedAuthority("CN=Demo CA, O=Demo Bank, C=AU",
                caKey.getPublic(), caKey.getPrivate(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)),
                RANDOM);
        // the authority's name as a string (most specific first), encoded as written: C, O, CN
        X509Certificate reversed = issuedUnder(new X500Name(authority.getSubjectX500Principal().getName()), caKey);
        assertThat(CertificateChecks.namesIssuer(reversed, authority)).isFalse();
        assertThat(CertificateChecks.namesIssuerInEitherOrder(reversed, authority)).isTrue();
        assertThat(CertificateChecks.isSignedBy(reversed, authority.getPublicKey())).isTrue();

        X509Certificate inOrder = issuedUnder(X500Name.getInstance(authority.getSubjectX500Principal().getEncoded()),
                caKey);
        assertThat(CertificateChecks.namesIssuerInEitherOrder(inOrder, authority)).isTrue();

        for (String other : new String[] {"O=Demo Bank, CN=Demo CA, C=AU", "CN=Demo CA, O=Demo Bank",
                "CN=Demo CA, O=Demo Bank, C=AU, C=AU", "C=NZ, O=Demo Bank, CN=Demo CA"}) {
            assertThat(CertificateChecks.namesIssuerInEitherOrder(issuedUnder(new X500Name(other), caKey), authority))
                    .as(other).isFalse();
        }
    }

    private static X509Certificate issuedUnder(X500Name issuer, KeyPair signer) throws Exception {
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(issuer, BigInteger.TEN,
                Date.from(now), Date.from(now.plus(Duration.ofDays(1))), new X500Name("CN=Terminal"),
                ec().getPublic());
        return new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA")
                        .build(signer.getPrivate())));
    }

    /** A self-signed P-256 certificate with the given key usage and extended key usage ("none": no extension). */
    private static X509Certificate certificate(String usage, String extended) throws Exception {
        KeyPair pair = ec();
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name("CN=Issuer"),
                BigInteger.TEN, Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(1))),
                new X500Name("CN=Partner HSM"), pair.getPublic());
        if (!usage.equals("none")) {
            int bits = 0;
            for (String name : usage.split("\\+")) {
                bits |= switch (name) {
                    case "digitalSignature" -> KeyUsage.digitalSignature;
                    case "nonRepudiation" -> KeyUsage.nonRepudiation;
                    case "keyEncipherment" -> KeyUsage.keyEncipherment;
                    case "keyAgreement" -> KeyUsage.keyAgreement;
                    case "keyCertSign" -> KeyUsage.keyCertSign;
                    case "cRLSign" -> KeyUsage.cRLSign;
                    default -> throw new IllegalArgumentException(name);
                };
            }
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(bits));
        }
        if (!extended.equals("none")) {
            String[] names = extended.split("\\+");
            KeyPurposeId[] purposes = new KeyPurposeId[names.length];
            for (int i = 0; i < names.length; i++) {
                purposes[i] = switch (names[i]) {
                    case "serverAuth" -> KeyPurposeId.id_kp_serverAuth;
                    case "clientAuth" -> KeyPurposeId.id_kp_clientAuth;
                    case "codeSigning" -> KeyPurposeId.id_kp_codeSigning;
                    case "OCSPSigning" -> KeyPurposeId.id_kp_OCSPSigning;
                    case "timeStamping" -> KeyPurposeId.id_kp_timeStamping;
                    case "anyExtendedKeyUsage" -> KeyPurposeId.anyExtendedKeyUsage;
                    default -> throw new IllegalArgumentException(names[i]);
                };
            }
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purposes));
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
    }

    private static KeyPair ec() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }
}
