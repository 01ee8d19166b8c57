package dev.paycrypto.app.exchange;

import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ValidationException;
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
import dev.paycrypto.keys.StoredKeyIntegrityException;
import dev.paycrypto.keys.store.KeyStore;
import dev.paycrypto.keys.store.SealedRecord;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Import and export tokens: a short-lived RSA key pair held by the service, whose certificate (signed by the
 * account's authority) the partner uses — to wrap key material for import (RSA-OAEP key cryptogram, or TR-34 with
 * the service as key receiving device), or to check the signature of a TR-34 block the service exports as key
 * distribution host. A token lasts 30 days and may serve several keys (API reference: "You can use the same import
 * token to import multiple keys"), but only for the type it was issued for: the type is bound into the sealed
 * record, so a token of one type does not open as another.
 */
public final class ExchangeTokens {

    public static final Duration VALIDITY = Duration.ofDays(30);
    private static final String TOKEN_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    /** What a token is for, with the attributes its key pair is sealed with. */
    public enum Type {
        KEY_CRYPTOGRAM_IMPORT("import-token-", "ImportToken", SealedRecord.Kind.IMPORT_PARAMETERS,
                KeyUsage.TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION, KeyModesOfUse.DECRYPT_UNWRAP,
                CertificateIssuer.Purpose.KEY_WRAPPING),
        TR34_IMPORT("import-token-", "ImportToken", SealedRecord.Kind.IMPORT_PARAMETERS,
                KeyUsage.TR31_K2_TR34_ASYMMETRIC_KEY, KeyModesOfUse.DECRYPT_UNWRAP,
                CertificateIssuer.Purpose.KEY_WRAPPING),
        TR34_EXPORT("export-token-", "ExportToken", SealedRecord.Kind.EXPORT_PARAMETERS,
                KeyUsage.TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE, KeyModesOfUse.SIGN,
                CertificateIssuer.Purpose.SIGNING);

        private final String prefix;
        private final String member;
        private final SealedRecord.Kind kind;
        private final KeyUsage usage;
        private final KeyModesOfUse modes;
        private final CertificateIssuer.Purpose purpose;

        Type(String prefix, String member, SealedRecord.Kind kind, KeyUsage usage, KeyModesOfUse modes,
             CertificateIssuer.Purpose purpose) {
            this.prefix = prefix;
            this.member = member;
            this.kind = kind;
            this.usage = usage;
            this.modes = modes;
            this.purpose = purpose;
        }
    }

    /** A token just issued. */
    public record Issued(String token, X509Certificate certificate, X509Certificate authority, Instant validUntil) {
    }

    /** A token's key pair with its certificate. */
    public record Opened(KeyMaterial.KeyPair keyPair, X509Certificate certificate) {
    }

    private final KeyStore store;
    private final KeyMaterialSealer sealer;
    private final SecureRandom random;
    private final AccountAuthority authority;

    public ExchangeTokens(KeyStore store, KeyMaterialSealer sealer, SecureRandom random, AccountAuthority authority) {
        this.store = store;
        this.sealer = sealer;
        this.random = random;
        this.authority = authority;
    }

    /**
     * A new token, or — with {@code reuseLast} — the last one issued for this type and algorithm while it is still
     * valid ({@code ReuseLastGeneratedToken}).
     */
    public Issued issue(CallContext context, KeyAlgorithm algorithm, Type type, boolean reuseLast) {
        String pointer = "last-" + type.name() + "-" + algorithm.name();
        if (reuseLast) {
            Optional<Issued> last = store.findSealedRecord(context.account(), type.kind, pointer)
                    .flatMap(p -> store.findSealedRecord(context.account(), type.kind, p.publicData()))
                    .filter(r -> context.now().isBefore(r.expiresAt()))
                    // a token certified before its strength had an authority of its own is not handed out again
                    .filter(r -> authority.issuedByCurrentAuthority(context,
                            CertificateIssuer.fromBase64Pem(r.publicData())))
                    .map(r -> {
                        X509Certificate certificate = CertificateIssuer.fromBase64Pem(r.publicData());
                        return new Issued(r.id(), certificate,
                                authority.forKey(context, certificate.getPublicKey()).certificate(), r.expiresAt());
                    });
            if (last.isPresent()) {
                return last.get();
            }
        }
        Issued issued = issue(context, algorithm, type);
        store.deleteSealedRecord(context.account(), type.kind, pointer);
        store.putSealedRecordIfAbsent(new SealedRecord(context.account(), type.kind, pointer, "", issued.token(),
                issued.validUntil()));
        return issued;
    }

    private Issued issue(CallContext context, KeyAlgorithm algorithm, Type type) {
        KeyPair pair = new KeyMaterialGenerator(random).rsa(algorithm.bits());
        AccountAuthority.Opened issuer = authority.forKey(context, pair.getPublic());
        String token = newToken(type);
        Instant validUntil = context.now().plus(VALIDITY);
        X509Certificate certificate = authority.issue(context, issuer, "PayCrypto "
                + type.name().toLowerCase().replace('_', ' ') + " key", pair.getPublic(), type.purpose, validUntil);
        store(context, token, type, new KeyMaterial.KeyPair(pair.getPrivate(), pair.getPublic()), certificate,
                validUntil);
        return new Issued(token, certificate, issuer.certificate(), validUntil);
    }

    /** Keeps a token's key pair, sealed, with its certificate, until {@code validUntil}. */
    public void store(CallContext context, String token, Type type, KeyMaterial.KeyPair keyPair,
                      X509Certificate certificate, Instant validUntil) {
        KeyAlgorithm algorithm = KeyStrength.rsaAlgorithmOf(certificate.getPublicKey());
        String block = sealer.seal(context.account(), token, attributes(type, algorithm), false, keyPair);
        store.putSealedRecordIfAbsent(new SealedRecord(context.account(), type.kind, token, block,
                CertificateIssuer.toBase64Pem(certificate), validUntil));
    }

    /** The key pair behind a token of {@code type} that is the caller's and has not expired. */
    public Opened open(CallContext context, String token, Type type) {
        SealedRecord record = store.findSealedRecord(context.account(), type.kind, token)
                .filter(r -> token.startsWith(type.prefix))
                .filter(r -> r.expiresAt() == null || context.now().isBefore(r.expiresAt()))
                .orElseThrow(() -> new ValidationException(type.member + " is not valid or has expired"));
        X509Certificate certificate = CertificateIssuer.fromBase64Pem(record.publicData());
        KeyAlgorithm algorithm = KeyStrength.rsaAlgorithmOf(certificate.getPublicKey());
        try {
            KeyMaterial.KeyPair pair = (KeyMaterial.KeyPair) sealer.open(context.account(), token,
                    attributes(type, algorithm), false, record.sealedBlock());
            return new Opened(pair, certificate);
        } catch (StoredKeyIntegrityException e) {
            throw new ValidationException(type.member + " was not issued for this kind of key material");
        }
    }

    private static KeyAttributes attributes(Type type, KeyAlgorithm algorithm) {
        return new KeyAttributes(type.usage, KeyClass.ASYMMETRIC_KEY_PAIR, algorithm, type.modes);
    }

    private String newToken(Type type) {
        StringBuilder token = new StringBuilder(type.prefix);
        for (int i = 0; i < 32; i++) {
            token.append(TOKEN_ALPHABET.charAt(random.nextInt(TOKEN_ALPHABET.length())));
        }
        return token.toString();
    }
}
