package dev.paycrypto.service.keys;

import dev.paycrypto.crypto.KeyMaterialGenerator;
import dev.paycrypto.crypto.asymmetric.CertificateIssuer;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.keys.KeyUsage;
import dev.paycrypto.keys.store.SealedRecord;
import dev.paycrypto.service.runtime.Call;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

/**
 * The certificate authorities of one account in one region, which sign the certificates the service hands out:
 * an RSA 3072 authority for RSA keys, and a P-521 authority for elliptic-curve keys (an ECC certificate must be
 * issued by an ECC authority at least as strong, User Guide, "Import public keys"). Each is created on first use
 * and kept, its private key sealed like any key.
 */
public final class AccountAuthority {

    /** The two authorities. */
    private enum Kind {
        RSA("default", KeyAlgorithm.RSA_3072, "CN=PayCrypto CA "),
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

    private static final Duration CA_VALIDITY = Duration.ofDays(3650);

    private final X509Certificate certificate;
    private final KeyMaterial.KeyPair keyPair;

    private AccountAuthority(X509Certificate certificate, KeyMaterial.KeyPair keyPair) {
        this.certificate = certificate;
        this.keyPair = keyPair;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The caller's RSA authority, created if it does not exist yet (two racing creators agree on one). */
    public static AccountAuthority of(Call call) {
        return of(call, Kind.RSA);
    }

    /** The authority that certifies {@code subjectKey}: the ECC one for elliptic-curve keys, else the RSA one. */
    public static AccountAuthority forKey(Call call, java.security.PublicKey subjectKey) {
        return of(call, "EC".equals(subjectKey.getAlgorithm()) ? Kind.ECC : Kind.RSA);
    }

    private static AccountAuthority of(Call call, Kind kind) {
        var store = call.services().keyStore();
        var existing = store.findSealedRecord(call.account(), SealedRecord.Kind.CERTIFICATE_AUTHORITY, kind.recordId);
        if (existing.isEmpty()) {
            store.putSealedRecordIfAbsent(create(call, kind));
            existing = store.findSealedRecord(call.account(), SealedRecord.Kind.CERTIFICATE_AUTHORITY, kind.recordId);
        }
        SealedRecord record = existing.orElseThrow();
        KeyMaterial material = call.services().sealer().open(call.account(), kind.sealedKeyId(), kind.attributes,
                false, record.sealedBlock());
        return new AccountAuthority(CertificateIssuer.fromBase64Pem(record.publicData()), (KeyMaterial.KeyPair) material);
    }

    /** Issues a certificate for a service-held key pair. */
    public X509Certificate issue(Call call, String commonName, java.security.PublicKey subjectKey,
                                 CertificateIssuer.Purpose purpose, Instant notAfter) {
        return CertificateIssuer.issue(certificate, keyPair.privateKey(), "CN=" + commonName + ",O=PayCrypto",
                subjectKey, purpose, call.now().minus(Duration.ofMinutes(5)), notAfter, call.services().random());
    }

    private static SealedRecord create(Call call, Kind kind) {
        KeyMaterialGenerator generator = new KeyMaterialGenerator(call.services().random());
        KeyAlgorithm algorithm = kind.attributes.keyAlgorithm();
        KeyPair pair = kind == Kind.ECC ? generator.ec(algorithm.curveName()) : generator.rsa(algorithm.bits());
        Instant now = call.now();
        X509Certificate certificate = CertificateIssuer.selfSignedAuthority(
                kind.subjectPrefix + call.account() + " " + call.region() + ",O=PayCrypto", pair.getPublic(),
                pair.getPrivate(), now.minus(Duration.ofMinutes(5)), now.plus(CA_VALIDITY), call.services().random());
        String block = call.services().sealer().seal(call.account(), kind.sealedKeyId(), kind.attributes, false,
                new KeyMaterial.KeyPair(pair.getPrivate(), pair.getPublic()));
        return new SealedRecord(call.account(), SealedRecord.Kind.CERTIFICATE_AUTHORITY, kind.recordId, block,
                CertificateIssuer.toBase64Pem(certificate), null);
    }
}
