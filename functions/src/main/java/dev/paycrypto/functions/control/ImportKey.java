package dev.paycrypto.functions.control;

import dev.paycrypto.app.keys.KeyRequirements;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.asymmetric.CertificateIssuer;
import dev.paycrypto.crypto.asymmetric.RsaKeyCryptogram;
import dev.paycrypto.crypto.keyblock.Tr34;
import dev.paycrypto.crypto.keyblock.Tr34Unwrapped;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyCheckValueAlgorithm;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyOrigin;
import dev.paycrypto.keys.KeyStrength;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.EcdhKeys;
import dev.paycrypto.service.keys.EcdhRequests;
import dev.paycrypto.service.keys.ExchangeTokens;
import dev.paycrypto.service.keys.KeyBlockImport;
import dev.paycrypto.service.keys.KeyInputs;
import dev.paycrypto.app.keys.KeyIssuer;
import dev.paycrypto.app.keys.KeyRequirement;
import dev.paycrypto.api.control.ImportKeyOutput;
import dev.paycrypto.app.json.JsonCodec;
import dev.paycrypto.app.keys.KeyShapes;
import dev.paycrypto.service.keys.Tr31Keys;
import dev.paycrypto.app.keys.TrustedCertificates;
import dev.paycrypto.service.keys.UsableKeys;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Input;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;
import java.security.cert.X509Certificate;

/**
 * ImportKey: brings in key material (User Guide, "Import keys"). Symmetric keys arrive wrapped: as a TR-31 key
 * block under a key-block protection key of the account or under a key agreed by ECDH with a partner (attributes
 * from the block's header), or as an RSA-OAEP
 * key cryptogram under the certificate of an import token (attributes from the request), or as a TR-34 key token
 * signed by a key distribution host whose certificate comes from an imported authority. Public keys arrive in
 * certificates: a root certificate authority, or a certificate issued by one imported before.
 */
public final class ImportKey extends ApiFunction {

    private static final KeyRequirement TR34_RECEIVING_KEY = KeyRequirements.TR34_RECEIVING.requirement();

    public ImportKey() {
        super(Plane.CONTROL, "ImportKey");
    }

    public ImportKey(Services services) {
        super(Plane.CONTROL, "ImportKey", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        Input input = call.input();
        Input.Choice material = input.choice("KeyMaterial");
        Input chosen = material.value();
        String field = material.field();
        StoredKey key = switch (material.name()) {
            case "KeyCryptogram" -> importCryptogram(call, input, chosen);
            case "Tr31KeyBlock" -> importTr31(call, input, chosen, field);
            case "DiffieHellmanTr31KeyBlock" -> importEcdh(call, input, chosen, field);
            case "Tr34KeyBlock" -> importTr34(call, input, chosen, field);
            case "RootCertificatePublicKey" -> importCertificate(call, input, chosen,
                    TrustedCertificates.root(call.services().useCases().keys(), call.context(), KeyInputs.attributes(chosen, "KeyAttributes"),
                            chosen.string("PublicKeyCertificate"), field + ".PublicKeyCertificate"));
            case "TrustedCertificatePublicKey" -> importCertificate(call, input, chosen,
                    TrustedCertificates.trusted(call.services().useCases().keys(), call.context(), chosen.string("CertificateAuthorityPublicKeyIdentifier"),
                            KeyInputs.attributes(chosen, "KeyAttributes"), chosen.string("PublicKeyCertificate"),
                            field + ".PublicKeyCertificate"));
            default -> throw new ValidationException(field + " is not available on this server");
        };
        return JsonCodec.tree(new ImportKeyOutput(KeyShapes.key(key)));
    }

    private static StoredKey importTr31(Call call, Input input, Input block, String field) {
        UsableKeys.Opened kbpk = UsableKeys.openSymmetric(call, block.string("WrappingKeyIdentifier"),
                Tr31Keys.UNWRAPPING_KEY);
        try {
            return KeyBlockImport.importTr31(call, spec(input), kbpk.key(), kbpk.stored().attributes().keyAlgorithm(),
                    block.string("WrappedKeyBlock"), field + ".WrappedKeyBlock");
        } finally {
            kbpk.key().wipe();
        }
    }

    /**
     * TR-34 with the service as key receiving device: the KDH's signing certificate must come from the imported
     * authority; the KRD key is an import token's, or a K2 key pair of the account.
     */
    private static StoredKey importTr34(Call call, Input input, Input block, String field) {
        X509Certificate kdh = TrustedCertificates.leaf(call.services().useCases().keys(), call.context(), block.string("CertificateAuthorityPublicKeyIdentifier"),
                block.string("SigningKeyCertificate"), CertificateIssuer.Purpose.SIGNING,
                field + ".SigningKeyCertificate");
        KeyMaterial.KeyPair krd = tr34ReceivingKey(call, block, field);
        byte[] nonce = block.optionalString("RandomNonce").map(Hex::decode).orElse(null);
        Tr34Unwrapped unwrapped;
        try {
            unwrapped = Tr34.unwrap(Hex.decode(block.string("WrappedKeyBlock")), krd.privateKey(), kdh, nonce);
        } catch (CryptoException e) {
            throw new ValidationException(field + ".WrappedKeyBlock: " + e.getMessage());
        }
        try {
            return KeyBlockImport.store(call, spec(input), unwrapped.header(), unwrapped.key(),
                    field + ".WrappedKeyBlock", KeyStrength.rsaAlgorithmOf(krd.publicKey()));
        } finally {
            unwrapped.key().wipe();
        }
    }

    private static KeyMaterial.KeyPair tr34ReceivingKey(Call call, Input block, String field) {
        if (block.has("ImportToken")) {
            return ExchangeTokens.open(call, block.string("ImportToken"), ExchangeTokens.Type.TR34_IMPORT).keyPair();
        }
        if (!block.has("WrappingKeyIdentifier")) {
            throw new ValidationException(field + " needs an ImportToken, or a WrappingKeyIdentifier of the account");
        }
        StoredKey krd = TR34_RECEIVING_KEY.check(call.keys().resolveUsable(block.string("WrappingKeyIdentifier"),
                call.now()));
        if (krd.attributes().keyClass() != KeyClass.ASYMMETRIC_KEY_PAIR) {
            throw new ValidationException(field + ".WrappingKeyIdentifier must name a key pair of the account");
        }
        return (KeyMaterial.KeyPair) call.services().sealer().open(krd);
    }

    private static StoredKey importEcdh(Call call, Input input, Input block, String field) {
        EcdhKeys.Derived kbpk = EcdhKeys.deriveKbpk(call.services().useCases().keys(), call.context(),
                EcdhRequests.ofDiffieHellmanTr31(block), field);
        try {
            return KeyBlockImport.importTr31(call, spec(input), kbpk.key(), kbpk.algorithm(),
                    block.string("WrappedKeyBlock"), field + ".WrappedKeyBlock", kbpk.curve());
        } finally {
            kbpk.key().wipe();
        }
    }

    private static StoredKey importCertificate(Call call, Input input, Input chosen,
                                               KeyMaterial.PublicKeyCertificate certificate) {
        KeyIssuer.NewKey spec = new KeyIssuer.NewKey(KeyInputs.attributes(chosen, "KeyAttributes"), false,
                input.bool("Enabled", true), KeyOrigin.EXTERNAL, null, null, KeyInputs.tags(input, "Tags"));
        return call.services().useCases().keyIssuer().issue(call.context(), spec, certificate);
    }

    private static StoredKey importCryptogram(Call call, Input input, Input cryptogram) {
        KeyAttributes attributes = KeyInputs.attributes(cryptogram, "KeyAttributes");
        if (!attributes.keyAlgorithm().isSymmetric() || attributes.keyAlgorithm().family() == KeyAlgorithm.Family.HMAC) {
            throw new ValidationException("KeyCryptogram imports TDES and AES keys only");
        }
        KeyMaterial.KeyPair wrappingKey = ExchangeTokens.open(call, cryptogram.string("ImportToken"),
                ExchangeTokens.Type.KEY_CRYPTOGRAM_IMPORT).keyPair();
        KeyAlgorithm wrappingAlgorithm = KeyStrength.rsaAlgorithmOf(wrappingKey.publicKey());
        KeyRequirement.requireProtectedBy(attributes.keyAlgorithm(), "KeyMaterial.KeyCryptogram.ImportToken",
                wrappingAlgorithm);
        SecretBytes key;
        try {
            key = RsaKeyCryptogram.unwrap(wrappingKey.privateKey(), Hex.decode(cryptogram.string("WrappedKeyCryptogram")),
                    KeyInputs.wrappingSpec(cryptogram));
        } catch (CryptoException e) {
            throw new ValidationException("WrappedKeyCryptogram could not be unwrapped with the import token's key");
        }
        if (key.length() != attributes.keyAlgorithm().symmetricKeyBytes()) {
            throw new ValidationException("WrappedKeyCryptogram holds a key of " + key.length() * 8
                    + " bits; KeyAlgorithm " + attributes.keyAlgorithm() + " needs "
                    + attributes.keyAlgorithm().bits());
        }
        KeyIssuer.NewKey spec = new KeyIssuer.NewKey(attributes, cryptogram.bool("Exportable", false),
                input.bool("Enabled", true), KeyOrigin.EXTERNAL,
                input.optionalEnum("KeyCheckValueAlgorithm", KeyCheckValueAlgorithm.class).orElse(null), null,
                KeyInputs.tags(input, "Tags"));
        return call.services().useCases().keyIssuer().issue(call.context(), spec, new KeyMaterial.SymmetricKey(key));
    }

    /** What the request itself says about the new key; a key block adds its attributes and exportability. */
    private static KeyBlockImport.RequestSpec spec(Input input) {
        return new KeyBlockImport.RequestSpec(input.bool("Enabled", true),
                input.optionalEnum("KeyCheckValueAlgorithm", KeyCheckValueAlgorithm.class).orElse(null),
                KeyInputs.tags(input, "Tags"));
    }
}
