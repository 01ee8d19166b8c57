package dev.paycrypto.app.exchange;

import dev.paycrypto.api.control.ImportAs2805KeyCryptogram;
import dev.paycrypto.api.control.ImportDiffieHellmanTr31KeyBlock;
import dev.paycrypto.api.control.ImportKeyCryptogram;
import dev.paycrypto.api.control.ImportKeyInput;
import dev.paycrypto.api.control.ImportKeyMaterial;
import dev.paycrypto.api.control.ImportKeyOutput;
import dev.paycrypto.api.control.ImportTr31KeyBlock;
import dev.paycrypto.api.control.ImportTr34KeyBlock;
import dev.paycrypto.api.control.RootCertificatePublicKey;
import dev.paycrypto.api.control.TrustedCertificatePublicKey;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.approval.MultiPartyApproval;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.EcdhKeys;
import dev.paycrypto.app.keys.KeyIssuer;
import dev.paycrypto.app.keys.KeyRequirement;
import dev.paycrypto.app.keys.KeyRequirements;
import dev.paycrypto.app.keys.KeyShapes;
import dev.paycrypto.app.keys.KeySources;
import dev.paycrypto.app.keys.TrustedCertificates;
import dev.paycrypto.app.keys.UsableKey;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.asymmetric.CertificateIssuer;
import dev.paycrypto.crypto.asymmetric.RsaKeyCryptogram;
import dev.paycrypto.crypto.keyblock.Tr34;
import dev.paycrypto.crypto.keyblock.Tr34Unwrapped;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyOrigin;
import dev.paycrypto.keys.KeyState;
import dev.paycrypto.keys.KeyStrength;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.keys.store.MpaSessionRecord;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * ImportKey: brings in key material (User Guide, "Import keys"). Symmetric keys arrive wrapped: as a TR-31 key
 * block under a key-block protection key of the account or under a key agreed by ECDH with a partner (attributes
 * from the block's header), or as an RSA-OAEP key cryptogram under the certificate of an import token (attributes
 * from the request), or as a TR-34 key token signed by a key distribution host whose certificate comes from an
 * imported authority. Public keys arrive in certificates: a root certificate authority, or a certificate issued by
 * one imported before.
 */
public final class KeyImport {

    private final KeySources keys;
    private final KeyIssuer issuer;
    private final KeyBlockImport blocks;
    private final ExchangeTokens tokens;
    private final As2805Keys as2805;
    private final MultiPartyApproval approvals;

    public KeyImport(KeySources keys, KeyIssuer issuer, ExchangeTokens tokens, MultiPartyApproval approvals) {
        this.keys = keys;
        this.issuer = issuer;
        this.blocks = new KeyBlockImport(issuer);
        this.tokens = tokens;
        this.as2805 = new As2805Keys(keys);
        this.approvals = approvals;
    }

    public ImportKeyOutput importKey(ImportKeyInput request, CallContext context) {
        ImportKeyMaterial material = request.keyMaterial();
        String field = "KeyMaterial." + material.memberName();
        StoredKey key;
        if (material instanceof ImportKeyCryptogram cryptogram) {
            key = importCryptogram(request, context, cryptogram);
        } else if (material instanceof ImportTr31KeyBlock block) {
            key = importTr31(request, context, block, field);
        } else if (material instanceof ImportDiffieHellmanTr31KeyBlock block) {
            key = importEcdh(request, context, block, field);
        } else if (material instanceof ImportTr34KeyBlock block) {
            key = importTr34(request, context, block, field);
        } else if (material instanceof ImportAs2805KeyCryptogram cryptogram) {
            key = as2805.importKey(context, issuer, cryptogram, enabled(request), request.keyCheckValueAlgorithm(),
                    KeyShapes.tags(request.tags(), "Tags"), field);
        } else if (material instanceof RootCertificatePublicKey root) {
            KeyAttributes attributes = KeyShapes.attributes(root.keyAttributes(), "KeyAttributes");
            KeyMaterial.PublicKeyCertificate certificate = TrustedCertificates.root(keys, context, attributes,
                    root.publicKeyCertificate(), field + ".PublicKeyCertificate");
            KeyIssuer.NewKey spec = certificateSpec(request, attributes);
            Optional<MpaSessionRecord> approval = approvals.startRootImport(context, request.requesterComment());
            if (approval.isPresent()) {  // kept CREATE_IN_PROGRESS, unusable, until the team approves
                StoredKey pending = issuer.issue(context, spec, certificate, approval.get().subject(),
                        KeyState.CREATE_IN_PROGRESS);
                return new ImportKeyOutput(KeyShapes.key(pending, MultiPartyApproval.status(approval.get())));
            }
            key = issuer.issue(context, spec, certificate);
        } else if (material instanceof TrustedCertificatePublicKey trusted) {
            KeyAttributes attributes = KeyShapes.attributes(trusted.keyAttributes(), "KeyAttributes");
            key = importCertificate(request, context, attributes, TrustedCertificates.trusted(keys, context,
                    trusted.certificateAuthorityPublicKeyIdentifier(), attributes, trusted.publicKeyCertificate(),
                    field + ".PublicKeyCertificate"));
        } else {
            throw new ValidationException(field + " is not available on this server");
        }
        return new ImportKeyOutput(KeyShapes.key(key));
    }

    private StoredKey importTr31(ImportKeyInput request, CallContext context, ImportTr31KeyBlock block,
                                 String field) {
        try (UsableKey kbpk = keys.symmetric(context, block.wrappingKeyIdentifier(),
                KeyRequirements.KEY_BLOCK_UNWRAP)) {
            return blocks.importTr31(context, spec(request), kbpk.key(), kbpk.stored().attributes().keyAlgorithm(),
                    block.wrappedKeyBlock(), field + ".WrappedKeyBlock");
        }
    }

    /**
     * TR-34 with the service as key receiving device: the KDH's signing certificate must come from the imported
     * authority; the KRD key is an import token's, or a K2 key pair of the account.
     */
    private StoredKey importTr34(ImportKeyInput request, CallContext context, ImportTr34KeyBlock block,
                                 String field) {
        X509Certificate kdh = TrustedCertificates.leaf(keys, context, block.certificateAuthorityPublicKeyIdentifier(),
                block.signingKeyCertificate(), CertificateIssuer.Purpose.SIGNING, field + ".SigningKeyCertificate");
        KeyMaterial.KeyPair krd = tr34ReceivingKey(context, block, field);
        byte[] nonce = block.randomNonce() == null ? null : Hex.decode(block.randomNonce());
        Tr34Unwrapped unwrapped;
        try {
            unwrapped = Tr34.unwrap(Hex.decode(block.wrappedKeyBlock()), krd.privateKey(), kdh, nonce);
        } catch (CryptoException e) {
            throw new ValidationException(field + ".WrappedKeyBlock: " + e.getMessage());
        }
        try {
            return blocks.store(context, spec(request), unwrapped.header(), unwrapped.key(),
                    field + ".WrappedKeyBlock", KeyStrength.rsaAlgorithmOf(krd.publicKey()));
        } finally {
            unwrapped.key().wipe();
        }
    }

    private KeyMaterial.KeyPair tr34ReceivingKey(CallContext context, ImportTr34KeyBlock block, String field) {
        if (block.importToken() != null) {
            return tokens.open(context, block.importToken(), ExchangeTokens.Type.TR34_IMPORT).keyPair();
        }
        if (block.wrappingKeyIdentifier() == null) {
            throw new ValidationException(field + " needs an ImportToken, or a WrappingKeyIdentifier of the account");
        }
        return (KeyMaterial.KeyPair) keys.open(AccountKeyPairs.usable(keys, context, block.wrappingKeyIdentifier(),
                KeyRequirements.TR34_RECEIVING, field + ".WrappingKeyIdentifier"));
    }

    private StoredKey importEcdh(ImportKeyInput request, CallContext context, ImportDiffieHellmanTr31KeyBlock block,
                                 String field) {
        try (EcdhKeys.Derived kbpk = EcdhKeys.deriveKbpk(keys, context, EcdhKeys.Request.of(block), field)) {
            return blocks.importTr31(context, spec(request), kbpk.key(), kbpk.algorithm(), block.wrappedKeyBlock(),
                    field + ".WrappedKeyBlock", kbpk.curve());
        }
    }

    private StoredKey importCertificate(ImportKeyInput request, CallContext context, KeyAttributes attributes,
                                        KeyMaterial.PublicKeyCertificate certificate) {
        return issuer.issue(context, certificateSpec(request, attributes), certificate);
    }

    private static KeyIssuer.NewKey certificateSpec(ImportKeyInput request, KeyAttributes attributes) {
        return new KeyIssuer.NewKey(attributes, false, enabled(request), KeyOrigin.EXTERNAL, null, null,
                KeyShapes.tags(request.tags(), "Tags"));
    }

    private StoredKey importCryptogram(ImportKeyInput request, CallContext context, ImportKeyCryptogram cryptogram) {
        KeyAttributes attributes = KeyShapes.attributes(cryptogram.keyAttributes(), "KeyAttributes");
        KeyAlgorithm algorithm = attributes.keyAlgorithm();
        if (!algorithm.isSymmetric() || algorithm.family() == KeyAlgorithm.Family.HMAC) {
            throw new ValidationException("KeyCryptogram imports TDES and AES keys only");
        }
        KeyMaterial.KeyPair wrappingKey = tokens.open(context, cryptogram.importToken(),
                ExchangeTokens.Type.KEY_CRYPTOGRAM_IMPORT).keyPair();
        KeyRequirement.requireProtectedBy(algorithm, "KeyMaterial.KeyCryptogram.ImportToken",
                KeyStrength.rsaAlgorithmOf(wrappingKey.publicKey()));
        SecretBytes key;
        try {
            key = RsaKeyCryptogram.unwrap(wrappingKey.privateKey(), Hex.decode(cryptogram.wrappedKeyCryptogram()),
                    WrappingSpecs.oaepHash(cryptogram.wrappingSpec()));
        } catch (CryptoException e) {
            throw new ValidationException("WrappedKeyCryptogram could not be unwrapped with the import token's key");
        }
        if (key.length() != algorithm.symmetricKeyBytes()) {
            throw new ValidationException("WrappedKeyCryptogram holds a key of " + key.length() * 8
                    + " bits; KeyAlgorithm " + algorithm + " needs " + algorithm.bits());
        }
        KeyIssuer.NewKey spec = new KeyIssuer.NewKey(attributes, cryptogram.exportable(), enabled(request),
                KeyOrigin.EXTERNAL, request.keyCheckValueAlgorithm(), null, KeyShapes.tags(request.tags(), "Tags"));
        return issuer.issue(context, spec, new KeyMaterial.SymmetricKey(key));
    }

    /** What the request itself says about the new key; a key block adds its attributes and exportability. */
    private static KeyBlockImport.RequestSpec spec(ImportKeyInput request) {
        return new KeyBlockImport.RequestSpec(enabled(request), request.keyCheckValueAlgorithm(),
                KeyShapes.tags(request.tags(), "Tags"));
    }

    private static boolean enabled(ImportKeyInput request) {
        return request.enabled() == null || request.enabled();
    }
}
