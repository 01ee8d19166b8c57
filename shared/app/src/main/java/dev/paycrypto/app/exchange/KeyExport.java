package dev.paycrypto.app.exchange;

import dev.paycrypto.api.control.ExportAs2805KeyCryptogram;
import dev.paycrypto.api.control.ExportAttributes;
import dev.paycrypto.api.control.ExportDiffieHellmanTr31KeyBlock;
import dev.paycrypto.api.control.ExportKeyCryptogram;
import dev.paycrypto.api.control.ExportKeyInput;
import dev.paycrypto.api.control.ExportKeyMaterial;
import dev.paycrypto.api.control.ExportKeyOutput;
import dev.paycrypto.api.control.ExportTr31KeyBlock;
import dev.paycrypto.api.control.ExportTr34KeyBlock;
import dev.paycrypto.api.control.KeyBlockHeaders;
import dev.paycrypto.api.control.WrappedKey;
import dev.paycrypto.api.control.WrappedKeyMaterialFormat;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.EcdhKeys;
import dev.paycrypto.app.keys.KeyRequirements;
import dev.paycrypto.app.keys.KeySources;
import dev.paycrypto.app.keys.TrustedCertificates;
import dev.paycrypto.app.keys.UsableKey;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.asymmetric.CertificateIssuer;
import dev.paycrypto.crypto.asymmetric.RsaKeyCryptogram;
import dev.paycrypto.crypto.keyblock.Tr31;
import dev.paycrypto.crypto.keyblock.Tr34;
import dev.paycrypto.keys.InvalidKeyAttributesException;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyCheckValueAlgorithm;
import dev.paycrypto.keys.KeyCheckValueCalculator;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyRules;
import dev.paycrypto.keys.KeyStrength;
import dev.paycrypto.keys.StoredKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;

/**
 * ExportKey: sends an exportable key out wrapped (User Guide, "Export keys"): as a TR-31 key block under a
 * key-block protection key of the account (version B under TDES, D under AES) or under a key agreed by ECDH with
 * a partner's certificate, as a TR-34 key token for a partner's certificate, or as an RSA-OAEP key cryptogram
 * under a partner's certificate issued by an imported authority. Never under a weaker key. With
 * {@code ExportDukptInitialKey} the key sent is the initial key of one device, derived from the BDK and not stored.
 */
public final class KeyExport {

    /** The wrapped key and what the response says about its wrapping. */
    private record Wrapped(String material, WrappedKeyMaterialFormat format, String wrappingKeyArn) {
    }

    private final KeySources keys;
    private final ExchangeTokens tokens;
    private final SecureRandom random;
    private final As2805Keys as2805;

    public KeyExport(KeySources keys, ExchangeTokens tokens, SecureRandom random) {
        this.keys = keys;
        this.tokens = tokens;
        this.random = random;
        this.as2805 = new As2805Keys(keys);
    }

    public ExportKeyOutput export(ExportKeyInput request, CallContext context) {
        ExportKeyMaterial material = request.keyMaterial();
        String field = "KeyMaterial." + material.memberName();
        ExportAttributes exportAttributes = request.exportAttributes();
        String initialKeySerialNumber = exportAttributes == null || exportAttributes.exportDukptInitialKey() == null
                ? null : exportAttributes.exportDukptInitialKey().keySerialNumber();
        try (ExportedKey key = ExportedKey.of(keys, context, request.exportKeyIdentifier(), initialKeySerialNumber)) {
            Wrapped wrapped;
            if (material instanceof ExportTr31KeyBlock block) {
                wrapped = tr31(context, key, block, field);
            } else if (material instanceof ExportKeyCryptogram cryptogram) {
                wrapped = cryptogram(context, key, cryptogram, field);
            } else if (material instanceof ExportDiffieHellmanTr31KeyBlock block) {
                wrapped = ecdh(context, key, block, field);
            } else if (material instanceof ExportTr34KeyBlock block) {
                wrapped = tr34(context, key, block, field);
            } else if (material instanceof ExportAs2805KeyCryptogram cryptogram) {
                As2805Keys.Exported exported = as2805.export(context, key, cryptogram.wrappingKeyIdentifier(),
                        cryptogram.as2805KeyVariant(), field);
                wrapped = new Wrapped(exported.cryptogram(), WrappedKeyMaterialFormat.KEY_CRYPTOGRAM,
                        exported.kekArn());
            } else {
                throw new ValidationException(field + " is not available on this server");
            }
            KeyCheckValueAlgorithm kcvAlgorithm = exportAttributes != null
                    && exportAttributes.keyCheckValueAlgorithm() != null ? exportAttributes.keyCheckValueAlgorithm()
                    : KeyRules.defaultCheckValueAlgorithm(key.attributes().keyAlgorithm());
            return new ExportKeyOutput(new WrappedKey(wrapped.wrappingKeyArn(), wrapped.format(), wrapped.material(),
                    checkValue(key, kcvAlgorithm), kcvAlgorithm));
        }
    }

    private Wrapped tr31(CallContext context, ExportedKey key, ExportTr31KeyBlock block, String field) {
        try (UsableKey kbpk = keys.symmetric(context, block.wrappingKeyIdentifier(), KeyRequirements.KEY_BLOCK_WRAP)) {
            KeyAlgorithm kbpkAlgorithm = kbpk.stored().attributes().keyAlgorithm();
            key.requireProtectedBy(kbpkAlgorithm, field + ".WrappingKeyIdentifier");
            return new Wrapped(wrapTr31(key, kbpk.key(), kbpkAlgorithm, block.keyBlockHeaders()),
                    WrappedKeyMaterialFormat.TR31_KEY_BLOCK, kbpk.keyArn());
        }
    }

    /**
     * TR-34 with the service as key distribution host: for the KRD certificate issued by an imported authority,
     * signed with an export token's key, or with an S0 key pair of the account and its certificate.
     */
    private Wrapped tr34(CallContext context, ExportedKey key, ExportTr34KeyBlock block, String field) {
        String authority = block.certificateAuthorityPublicKeyIdentifier();
        X509Certificate krd = partnerWrappingCertificate(context, key, authority, block.wrappingKeyCertificate(),
                field);
        ExchangeTokens.Opened kdh = signingKey(context, block, field);
        var header = Tr31Keys.exportHeader('D', key.attributes(), key.tr31Usage(),
                Tr31Keys.HeaderOverrides.of(block.keyBlockHeaders()));
        byte[] nonce = block.randomNonce() == null ? null : Hex.decode(block.randomNonce());
        byte[] token;
        try {
            token = Tr34.wrap(kdh.keyPair().privateKey(), kdh.certificate(), krd, header, key.key(), nonce,
                    Tr34.OaepHash.SHA_256, random);
        } catch (CryptoException e) {
            throw new ValidationException(field + ": " + e.getMessage());
        }
        return new Wrapped(Hex.encode(token), WrappedKeyMaterialFormat.TR34_KEY_BLOCK,
                keys.resolver(context).resolve(authority).keyArn());
    }

    private ExchangeTokens.Opened signingKey(CallContext context, ExportTr34KeyBlock block, String field) {
        if (block.exportToken() != null) {
            return tokens.open(context, block.exportToken(), ExchangeTokens.Type.TR34_EXPORT);
        }
        if (block.signingKeyIdentifier() == null || block.signingKeyCertificate() == null) {
            throw new ValidationException(field + " needs an ExportToken, or a SigningKeyIdentifier with its"
                    + " SigningKeyCertificate");
        }
        StoredKey signer = AccountKeyPairs.usable(keys, context, block.signingKeyIdentifier(),
                KeyRequirements.TR34_SIGNING, field + ".SigningKeyIdentifier");
        KeyMaterial.KeyPair pair = (KeyMaterial.KeyPair) keys.open(signer);
        X509Certificate certificate;
        try {
            certificate = CertificateIssuer.fromBase64Pem(block.signingKeyCertificate());
        } catch (CryptoException e) {
            throw new ValidationException(field + ".SigningKeyCertificate is not a base64-encoded PEM certificate");
        }
        if (!certificate.getPublicKey().equals(pair.publicKey())) {
            throw new ValidationException(field + ".SigningKeyCertificate does not certify the key "
                    + signer.keyArn());
        }
        return new ExchangeTokens.Opened(pair, certificate);
    }

    /** TR-31 under a KBPK agreed by ECDH with the partner's certificate; the partner derives the same KBPK. */
    private Wrapped ecdh(CallContext context, ExportedKey key, ExportDiffieHellmanTr31KeyBlock block, String field) {
        try (EcdhKeys.Derived kbpk = EcdhKeys.deriveKbpk(keys, context, EcdhKeys.Request.of(block), field)) {
            key.requireProtectedBy(kbpk.algorithm(), field + ".DeriveKeyAlgorithm");
            key.requireProtectedBy(kbpk.curve(), field + ".PrivateKeyIdentifier");
            return new Wrapped(wrapTr31(key, kbpk.key(), kbpk.algorithm(), block.keyBlockHeaders()),
                    WrappedKeyMaterialFormat.TR31_KEY_BLOCK, kbpk.privateKeyArn());
        }
    }

    private String wrapTr31(ExportedKey key, SecretBytes kbpk, KeyAlgorithm kbpkAlgorithm, KeyBlockHeaders headers) {
        var header = Tr31Keys.exportHeader(Tr31Keys.versionFor(kbpkAlgorithm), key.attributes(), key.tr31Usage(),
                Tr31Keys.HeaderOverrides.of(headers));
        return Tr31.wrap(kbpk, header, key.key(), random);
    }

    private Wrapped cryptogram(CallContext context, ExportedKey key, ExportKeyCryptogram cryptogram, String field) {
        if (key.attributes().keyAlgorithm().family() == KeyAlgorithm.Family.HMAC) {
            throw new ValidationException(field + ": RSA wrap exports TDES and AES keys only");
        }
        String authority = cryptogram.certificateAuthorityPublicKeyIdentifier();
        X509Certificate certificate = partnerWrappingCertificate(context, key, authority,
                cryptogram.wrappingKeyCertificate(), field);
        byte[] wrapped = RsaKeyCryptogram.wrap(certificate.getPublicKey(), key.key(),
                WrappingSpecs.oaepHash(cryptogram.wrappingSpec()));
        return new Wrapped(Hex.encode(wrapped), WrappedKeyMaterialFormat.KEY_CRYPTOGRAM,
                keys.resolver(context).resolve(authority).keyArn());
    }

    /** The partner's RSA certificate (WrappingKeyCertificate) from the imported authority, strong enough for the key. */
    private X509Certificate partnerWrappingCertificate(CallContext context, ExportedKey key, String authority,
                                                       String wrappingKeyCertificate, String field) {
        X509Certificate certificate = TrustedCertificates.leaf(keys, context, authority, wrappingKeyCertificate,
                CertificateIssuer.Purpose.KEY_WRAPPING, field + ".WrappingKeyCertificate");
        KeyAlgorithm wrapping;
        try {
            wrapping = KeyStrength.rsaAlgorithmOf(certificate.getPublicKey());
        } catch (InvalidKeyAttributesException e) {
            throw new ValidationException(field + ".WrappingKeyCertificate must hold an RSA key");
        }
        key.requireProtectedBy(wrapping, field + ".WrappingKeyCertificate");
        return certificate;
    }

    private static String checkValue(ExportedKey key, KeyCheckValueAlgorithm algorithm) {
        try {
            return KeyCheckValueCalculator.compute(key.attributes().keyAlgorithm(), algorithm,
                    new KeyMaterial.SymmetricKey(key.key()));
        } catch (InvalidKeyAttributesException e) {
            throw new ValidationException("ExportAttributes.KeyCheckValueAlgorithm: " + e.getMessage());
        }
    }
}
