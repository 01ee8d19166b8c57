package dev.paycrypto.service.keys;

import dev.paycrypto.crypto.KeyMaterialGenerator;
import dev.paycrypto.crypto.asymmetric.CertificateIssuer;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.keys.KeyStrength;
import dev.paycrypto.keys.KeyUsage;
import dev.paycrypto.keys.store.SealedRecord;
import dev.paycrypto.service.errors.ValidationException;
import dev.paycrypto.service.runtime.Call;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

/**
 * Import tokens: a wrapping key pair held by the service, whose certificate (signed by the account's authority)
 * the caller wraps key material under. A token lasts 30 days and may serve several imports (API reference,
 * GetParametersForImport).
 */
public final class ImportParameters {

    public static final Duration VALIDITY = Duration.ofDays(30);
    private static final String TOKEN_PREFIX = "import-token-";
    private static final String TOKEN_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    /** A token just issued. */
    public record Issued(String token, X509Certificate certificate, X509Certificate authority, Instant validUntil) {
    }

    private ImportParameters() {
    }

    public static Issued issue(Call call, KeyAlgorithm wrappingAlgorithm) {
        AccountAuthority authority = AccountAuthority.of(call);
        KeyPair pair = new KeyMaterialGenerator(call.services().random()).rsa(wrappingAlgorithm.bits());
        String token = newToken(call);
        Instant validUntil = call.now().plus(VALIDITY);
        X509Certificate certificate = authority.issue(call, "PayCrypto import wrapping key", pair.getPublic(),
                CertificateIssuer.Purpose.KEY_WRAPPING, validUntil);
        store(call, token, new KeyMaterial.KeyPair(pair.getPrivate(), pair.getPublic()), certificate, validUntil);
        return new Issued(token, certificate, authority.certificate(), validUntil);
    }

    /** Keeps a token's wrapping key pair, sealed, with its certificate, until {@code validUntil}. */
    public static void store(Call call, String token, KeyMaterial.KeyPair wrappingKey, X509Certificate certificate,
                             Instant validUntil) {
        KeyAlgorithm algorithm = KeyStrength.rsaAlgorithmOf(certificate.getPublicKey());
        String block = call.services().sealer().seal(call.account(), token, attributes(algorithm), false, wrappingKey);
        call.services().keyStore().putSealedRecordIfAbsent(new SealedRecord(call.account(),
                SealedRecord.Kind.IMPORT_PARAMETERS, token, block, CertificateIssuer.toBase64Pem(certificate),
                validUntil));
    }

    /** The wrapping key pair behind a token that is the caller's and has not expired. */
    public static KeyMaterial.KeyPair open(Call call, String token) {
        SealedRecord record = call.services().keyStore()
                .findSealedRecord(call.account(), SealedRecord.Kind.IMPORT_PARAMETERS, token)
                .filter(r -> r.expiresAt() == null || call.now().isBefore(r.expiresAt()))
                .orElseThrow(() -> new ValidationException("ImportToken is not valid or has expired"));
        X509Certificate certificate = CertificateIssuer.fromBase64Pem(record.publicData());
        KeyAlgorithm algorithm = KeyStrength.rsaAlgorithmOf(certificate.getPublicKey());
        return (KeyMaterial.KeyPair) call.services().sealer().open(call.account(), token, attributes(algorithm), false,
                record.sealedBlock());
    }

    private static KeyAttributes attributes(KeyAlgorithm algorithm) {
        return new KeyAttributes(KeyUsage.TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION, KeyClass.ASYMMETRIC_KEY_PAIR,
                algorithm, KeyModesOfUse.DECRYPT_UNWRAP);
    }

    private static String newToken(Call call) {
        StringBuilder token = new StringBuilder(TOKEN_PREFIX);
        for (int i = 0; i < 32; i++) {
            token.append(TOKEN_ALPHABET.charAt(call.services().random().nextInt(TOKEN_ALPHABET.length())));
        }
        return token.toString();
    }
}
