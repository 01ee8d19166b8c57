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
 * The certificate authority of one account in one region, which signs the wrapping and signing certificates the
 * service hands out. Created on first use and kept, its private key sealed like any key.
 */
public final class AccountAuthority {

    static final KeyAttributes CA_ATTRIBUTES = new KeyAttributes(KeyUsage.TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE,
            KeyClass.ASYMMETRIC_KEY_PAIR, KeyAlgorithm.RSA_3072, KeyModesOfUse.SIGN);
    private static final String RECORD_ID = "default";
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

    /** The caller's authority, created if it does not exist yet (two racing creators agree on one). */
    public static AccountAuthority of(Call call) {
        var store = call.services().keyStore();
        var existing = store.findSealedRecord(call.account(), SealedRecord.Kind.CERTIFICATE_AUTHORITY, RECORD_ID);
        if (existing.isEmpty()) {
            store.putSealedRecordIfAbsent(create(call));
            existing = store.findSealedRecord(call.account(), SealedRecord.Kind.CERTIFICATE_AUTHORITY, RECORD_ID);
        }
        SealedRecord record = existing.orElseThrow();
        KeyMaterial material = call.services().sealer().open(call.account(), recordKeyId(), CA_ATTRIBUTES, false,
                record.sealedBlock());
        return new AccountAuthority(CertificateIssuer.fromBase64Pem(record.publicData()), (KeyMaterial.KeyPair) material);
    }

    /** Issues a certificate for a service-held key pair. */
    public X509Certificate issue(Call call, String commonName, java.security.PublicKey subjectKey,
                                 CertificateIssuer.Purpose purpose, Instant notAfter) {
        return CertificateIssuer.issue(certificate, keyPair.privateKey(), "CN=" + commonName + ",O=PayCrypto",
                subjectKey, purpose, call.now().minus(Duration.ofMinutes(5)), notAfter, call.services().random());
    }

    private static SealedRecord create(Call call) {
        KeyPair pair = new KeyMaterialGenerator(call.services().random()).rsa(CA_ATTRIBUTES.keyAlgorithm().bits());
        Instant now = call.now();
        X509Certificate certificate = CertificateIssuer.selfSignedAuthority(
                "CN=PayCrypto CA " + call.account() + " " + call.region() + ",O=PayCrypto", pair.getPublic(),
                pair.getPrivate(), now.minus(Duration.ofMinutes(5)), now.plus(CA_VALIDITY), call.services().random());
        String block = call.services().sealer().seal(call.account(), recordKeyId(), CA_ATTRIBUTES, false,
                new KeyMaterial.KeyPair(pair.getPrivate(), pair.getPublic()));
        return new SealedRecord(call.account(), SealedRecord.Kind.CERTIFICATE_AUTHORITY, RECORD_ID, block,
                CertificateIssuer.toBase64Pem(certificate), null);
    }

    private static String recordKeyId() {
        return "ca-" + RECORD_ID;
    }
}
