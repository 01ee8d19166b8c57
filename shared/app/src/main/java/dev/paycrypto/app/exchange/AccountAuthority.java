package dev.paycrypto.app.exchange;

import dev.paycrypto.app.CallContext;
import dev.paycrypto.crypto.KeyMaterialGenerator;
import dev.paycrypto.crypto.asymmetric.CertificateIssuer;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyMaterialSealer;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.keys.KeyStrength;
import dev.paycrypto.keys.KeyUsage;
import dev.paycrypto.keys.store.KeyStore;
import dev.paycrypto.keys.store.SealedRecord;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

/**
 * The certificate authorities of one account in one region, which sign the certificates the service hands out. A
 * certificate must be issued by an authority of its family at least as strong as its key (User Guide, "Import
 * public keys"; the service's own ExportKey checks it, {@code KeyStrength.canCertify}), so there is one per
 * strength: an RSA 3072 authority for RSA keys up to 3072 bits, an RSA 4096 authority for RSA-4096 keys, and a
 * P-521 authority for elliptic-curve keys. Each is created on first use and kept, its private key sealed like any
 * key; the RSA 3072 one keeps its record id, so the certificates it issued before the 4096 one existed stay valid.
 */
public final class AccountAuthority {

    /** The authorities, one per strength. */
    private enum Kind {
        RSA("default", KeyAlgorithm.RSA_3072, "CN=PayCrypto CA "),
        RSA_4096("rsa-4096", KeyAlgorithm.RSA_4096, "CN=PayCrypto RSA-4096 CA "),
        ECC("ecc", KeyAlgorithm.ECC_NIST_P521, "CN=PayCrypto ECC CA ");

        private final String recordId;
        private final KeyAttributes attributes;
        private final String subjectPrefix;

        Kind(String recordId, KeyAlgorithm algorithm, String subjectPrefix) {
            this.recordId = recordId;
            this.attributes = new KeyAttributes(KeyUsage.TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE,
                    KeyClass.ASYMMETRIC_KEY_PAIR, algorithm, KeyModesOfUse.SIGN);
            this.subjectPrefix = subjectPrefix;
        }

        String sealedKeyId() {
            return "ca-" + recordId;
        }
    }

    /** One account's authority, opened: its certificate, and its key, which signs what it issues. */
    public static final class Opened {

        private final X509Certificate certificate;
        private final KeyMaterial.KeyPair keyPair;

        private Opened(X509Certificate certificate, KeyMaterial.KeyPair keyPair) {
            this.certificate = certificate;
            this.keyPair = keyPair;
        }

        public X509Certificate certificate() {
            return certificate;
        }
    }

    private static final Duration CA_VALIDITY = Duration.ofDays(3650);

    private final KeyStore store;
    private final KeyMaterialSealer sealer;
    private final SecureRandom random;

    public AccountAuthority(KeyStore store, KeyMaterialSealer sealer, SecureRandom random) {
        this.store = store;
        this.sealer = sealer;
        this.random = random;
    }

    /**
     * The authority that certifies {@code subjectKey}, created if it does not exist yet (two racing creators agree
     * on one): the ECC one for elliptic-curve keys, the RSA 4096 one for RSA keys over 3072 bits, else the RSA 3072
     * one.
     */
    public Opened forKey(CallContext context, PublicKey subjectKey) {
        return open(context, kindFor(subjectKey));
    }

    /** Whether {@code certificate} was issued by the authority that certifies its key today. */
    public boolean issuedByCurrentAuthority(CallContext context, X509Certificate certificate) {
        return certificate.getIssuerX500Principal().equals(
                forKey(context, certificate.getPublicKey()).certificate.getSubjectX500Principal());
    }

    private static Kind kindFor(PublicKey subjectKey) {
        if ("EC".equals(subjectKey.getAlgorithm())) {
            return Kind.ECC;
        }
        return KeyStrength.rsaAlgorithmOf(subjectKey).bits() > KeyAlgorithm.RSA_3072.bits() ? Kind.RSA_4096
                : Kind.RSA;
    }

    /** Issues a certificate for a service-held key pair. */
    public X509Certificate issue(CallContext context, Opened authority, String commonName, PublicKey subjectKey,
                                 CertificateIssuer.Purpose purpose, Instant notAfter) {
        return CertificateIssuer.issue(authority.certificate, authority.keyPair.privateKey(),
                "CN=" + commonName + ",O=PayCrypto", subjectKey, purpose, context.now().minus(Duration.ofMinutes(5)),
                notAfter, random);
    }

    private Opened open(CallContext context, Kind kind) {
        var existing = store.findSealedRecord(context.account(), SealedRecord.Kind.CERTIFICATE_AUTHORITY,
                kind.recordId);
        if (existing.isEmpty()) {
            store.putSealedRecordIfAbsent(create(context, kind));
            existing = store.findSealedRecord(context.account(), SealedRecord.Kind.CERTIFICATE_AUTHORITY,
                    kind.recordId);
        }
        SealedRecord record = existing.orElseThrow();
        KeyMaterial material = sealer.open(context.account(), kind.sealedKeyId(), kind.attributes, false,
                record.sealedBlock());
        return new Opened(CertificateIssuer.fromBase64Pem(record.publicData()), (KeyMaterial.KeyPair) material);
    }

    private SealedRecord create(CallContext context, Kind kind) {
        KeyMaterialGenerator generator = new KeyMaterialGenerator(random);
        KeyAlgorithm algorithm = kind.attributes.keyAlgorithm();
        KeyPair pair = kind == Kind.ECC ? generator.ec(algorithm.curveName()) : generator.rsa(algorithm.bits());
        Instant now = context.now();
        X509Certificate certificate = CertificateIssuer.selfSignedAuthority(
                kind.subjectPrefix + context.account() + " " + context.region() + ",O=PayCrypto", pair.getPublic(),
                pair.getPrivate(), now.minus(Duration.ofMinutes(5)), now.plus(CA_VALIDITY), random);
        String block = sealer.seal(context.account(), kind.sealedKeyId(), kind.attributes, false,
                new KeyMaterial.KeyPair(pair.getPrivate(), pair.getPublic()));
        return new SealedRecord(context.account(), SealedRecord.Kind.CERTIFICATE_AUTHORITY, kind.recordId, block,
                CertificateIssuer.toBase64Pem(certificate), null);
    }
}
