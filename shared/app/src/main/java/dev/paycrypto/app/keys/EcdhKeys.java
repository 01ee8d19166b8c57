package dev.paycrypto.app.keys;

import dev.paycrypto.api.control.DiffieHellmanDerivationData;
import dev.paycrypto.api.control.ExportDiffieHellmanTr31KeyBlock;
import dev.paycrypto.api.control.ImportDiffieHellmanTr31KeyBlock;
import dev.paycrypto.api.data.EcdhDerivationAttributes;
import dev.paycrypto.api.data.IncomingDiffieHellmanTr31KeyBlock;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.asymmetric.CertificateIssuer;
import dev.paycrypto.crypto.asymmetric.KeyAgreement;
import dev.paycrypto.keys.InvalidKeyAttributesException;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.keys.KeyRules;
import dev.paycrypto.keys.KeyStrength;
import dev.paycrypto.keys.KeyUsage;
import dev.paycrypto.keys.StoredKey;
import java.security.cert.X509Certificate;
import java.util.Set;

/**
 * A one-time symmetric key agreed by ECDH between a key pair of the service (usage K3, mode DeriveKey) and a
 * partner's certificate issued by an imported authority, through the NIST SP 800-56A concatenation KDF or the
 * ANSI X9.63 KDF over the caller's shared information. A key pair with a {@code DeriveKeyUsage} may derive
 * only keys of that usage ("allowing a key to only be used for a single derived-key type"); one without may derive
 * what the operation needs. Derived keys are never stored.
 */
public final class EcdhKeys {

    /** The agreed key: its algorithm and usage, the key pair's curve, and the key pair's ARN. Closing wipes it. */
    public record Derived(KeyAlgorithm algorithm, KeyUsage usage, KeyAlgorithm curve, String privateKeyArn,
                          SecretBytes key) implements AutoCloseable {

        @Override
        public void close() {
            key.wipe();
        }
    }

    /**
     * One derivation's members, read once from whichever shape carries them (they differ between operations): the
     * derived key's algorithm, the KDF (ANSI X9.63, else NIST SP 800-56A concatenation) and its hash.
     */
    public record Request(String privateKeyIdentifier, String authorityIdentifier, String certificate,
                          KeyAlgorithm algorithm, boolean x963Kdf, KeyAgreement.Hash hash, String sharedInformation) {

        /** ImportKey's {@code DiffieHellmanTr31KeyBlock}. */
        public static Request of(ImportDiffieHellmanTr31KeyBlock b) {
            return of(b.privateKeyIdentifier(), b.certificateAuthorityPublicKeyIdentifier(), b.publicKeyCertificate(),
                    b.deriveKeyAlgorithm(), b.keyDerivationFunction(), b.keyDerivationHashAlgorithm(),
                    b.derivationData() instanceof DiffieHellmanDerivationData.SharedInformation s ? s.value() : null);
        }

        /** ExportKey's {@code DiffieHellmanTr31KeyBlock}. */
        public static Request of(ExportDiffieHellmanTr31KeyBlock b) {
            return of(b.privateKeyIdentifier(), b.certificateAuthorityPublicKeyIdentifier(), b.publicKeyCertificate(),
                    b.deriveKeyAlgorithm(), b.keyDerivationFunction(), b.keyDerivationHashAlgorithm(),
                    b.derivationData() instanceof DiffieHellmanDerivationData.SharedInformation s ? s.value() : null);
        }

        /** TranslateKeyMaterial's incoming {@code DiffieHellmanTr31KeyBlock}. */
        public static Request of(IncomingDiffieHellmanTr31KeyBlock b) {
            return of(b.privateKeyIdentifier(), b.certificateAuthorityPublicKeyIdentifier(), b.publicKeyCertificate(),
                    b.deriveKeyAlgorithm(), b.keyDerivationFunction(), b.keyDerivationHashAlgorithm(),
                    b.derivationData() instanceof dev.paycrypto.api.data.DiffieHellmanDerivationData.SharedInformation s
                            ? s.value() : null);
        }

        /** The data plane's {@code EcdhDerivationAttributes}, whose key pair is the operation's key identifier. */
        public static Request of(String privateKeyIdentifier, EcdhDerivationAttributes a) {
            return of(privateKeyIdentifier, a.certificateAuthorityPublicKeyIdentifier(), a.publicKeyCertificate(),
                    a.keyAlgorithm(), a.keyDerivationFunction(), a.keyDerivationHashAlgorithm(), a.sharedInformation());
        }

        /** The algorithm, function and hash are the model's enums of either plane, read by their names here. */
        private static Request of(String privateKey, String authority, String certificate, Enum<?> algorithm,
                                  Enum<?> function, Enum<?> hash, String sharedInformation) {
            return new Request(privateKey, authority, certificate, KeyAlgorithm.valueOf(algorithm.name()),
                    "ANSI_X963".equals(function.name()), KeyAgreement.Hash.valueOf(hash.name()), sharedInformation);
        }
    }

    private EcdhKeys() {
    }

    /**
     * Agrees a TDES or AES key-block protection key (K0 or K1) from a {@code DiffieHellmanTr31KeyBlock}, to open or
     * seal the TR-31 block that travels under it.
     */
    public static Derived deriveKbpk(KeySources keys, CallContext context, Request request, String field) {
        if (symmetricAlgorithm(request.algorithm(), field).family() == KeyAlgorithm.Family.HMAC) {
            throw new ValidationException(field + ".DeriveKeyAlgorithm: a key-block protection key is TDES or AES");
        }
        return derive(keys, context, request, KeyRequirements.KEY_BLOCK_UNWRAP.requirement().usages(), field);
    }

    /** Agrees the key; {@code usages} are the derived-key usages the calling operation can use. */
    public static Derived derive(KeySources keys, CallContext context, Request request, Set<KeyUsage> usages, String field) {
        StoredKey pair = keys.resolver(context).resolveUsable(request.privateKeyIdentifier(), context.now());
        if (pair.attributes().keyUsage() != KeyUsage.TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT
                || pair.attributes().keyClass() != KeyClass.ASYMMETRIC_KEY_PAIR
                || !pair.attributes().keyModesOfUse().permits(KeyModesOfUse.DERIVE_KEY)) {
            throw new ValidationException("Key " + pair.keyArn() + " is not a key pair of KeyUsage "
                    + KeyUsage.TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT + " with DeriveKey");
        }
        KeyAlgorithm algorithm = symmetricAlgorithm(request.algorithm(), field);
        KeyUsage usage = pair.deriveKeyUsage();
        if (usage == null) {
            usage = unrestrictedUsage(pair, usages, algorithm, field);
        } else if (!usages.contains(usage)) {
            throw new ValidationException("Key " + pair.keyArn() + " derives keys of DeriveKeyUsage " + usage
                    + "; this operation needs one of " + usages.stream().map(Enum::name).sorted().toList());
        }
        X509Certificate partner = TrustedCertificates.leaf(keys, context, request.authorityIdentifier(), request.certificate(),
                CertificateIssuer.Purpose.KEY_AGREEMENT, field + ".PublicKeyCertificate");
        KeyAlgorithm curve = pair.attributes().keyAlgorithm();
        KeyAlgorithm partnerCurve;
        try {
            partnerCurve = KeyStrength.algorithmOf(partner.getPublicKey());
        } catch (InvalidKeyAttributesException e) {
            throw new ValidationException(field + ".PublicKeyCertificate: " + e.getMessage());
        }
        if (partnerCurve != curve) {
            throw new ValidationException(field + ".PublicKeyCertificate holds a " + partnerCurve + " key; key "
                    + pair.keyArn() + " is " + curve);
        }
        KeyMaterial.KeyPair keyPair = (KeyMaterial.KeyPair) keys.open(pair);
        SecretBytes z = KeyAgreement.sharedSecret(keyPair.privateKey(), partner.getPublicKey());
        try {
            byte[] info = Hex.decode(request.sharedInformation());
            KeyAgreement.Hash hash = request.hash();
            int length = algorithm.symmetricKeyBytes();
            SecretBytes key = request.x963Kdf() ? KeyAgreement.x963Kdf(hash, z, info, length)
                    : KeyAgreement.concatenationKdf(hash, z, info, length);
            return new Derived(algorithm, usage, curve, pair.keyArn(), key);
        } catch (CryptoException e) {
            throw new ValidationException(field + ": " + e.getMessage());
        } finally {
            z.wipe();
        }
    }

    /**
     * The usage of a key agreed by a K3 key pair created without a DeriveKeyUsage (optional in the model, and how
     * AWS's ECDH PIN samples, Python and Java, create the key they pass to TranslatePinData): such a pair may derive
     * whatever the operation asks for, so the derived key takes the first of the operation's usages (in KeyUsage
     * order) that the key rules allow for the requested algorithm.
     */
    private static KeyUsage unrestrictedUsage(StoredKey pair, Set<KeyUsage> usages, KeyAlgorithm algorithm,
                                              String field) {
        return usages.stream().sorted().filter(usage -> fits(usage, algorithm)).findFirst()
                .orElseThrow(() -> new ValidationException(field + ": key " + pair.keyArn() + " cannot derive a "
                        + algorithm + " key for this operation, which needs one of "
                        + usages.stream().map(Enum::name).sorted().toList()));
    }

    private static boolean fits(KeyUsage usage, KeyAlgorithm algorithm) {
        try {
            KeyRules.requireValid(new KeyAttributes(usage, KeyClass.SYMMETRIC_KEY, algorithm,
                    KeyModesOfUse.NO_RESTRICTIONS));
            return true;
        } catch (InvalidKeyAttributesException e) {
            return false;
        }
    }

    private static KeyAlgorithm symmetricAlgorithm(KeyAlgorithm algorithm, String field) {
        if (!algorithm.isSymmetric()) {
            throw new ValidationException(field + ": the derived key algorithm must be symmetric");
        }
        return algorithm;
    }
}
