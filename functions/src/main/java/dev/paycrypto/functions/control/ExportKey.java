package dev.paycrypto.functions.control;

import dev.paycrypto.app.keys.KeyRequirements;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyRules;
import dev.paycrypto.keys.KeyStrength;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.EcdhKeys;
import dev.paycrypto.service.keys.EcdhRequests;
import dev.paycrypto.service.keys.ExchangeTokens;
import dev.paycrypto.service.keys.ExportedKey;
import dev.paycrypto.service.keys.KeyInputs;
import dev.paycrypto.app.keys.KeyRequirement;
import dev.paycrypto.service.keys.Tr31Keys;
import dev.paycrypto.app.keys.TrustedCertificates;
import dev.paycrypto.service.keys.UsableKeys;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Input;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * ExportKey: sends an exportable key out wrapped (User Guide, "Export keys"): as a TR-31 key block under a
 * key-block protection key of the account (version B under TDES, D under AES) or under a key agreed by ECDH with
 * a partner's certificate, as a TR-34 key token for a partner's certificate, or as an RSA-OAEP key cryptogram
 * under a partner's certificate issued by an imported authority. Never under a weaker key. With
 * {@code ExportDukptInitialKey} the key sent is the initial key of one device, derived from the BDK and not stored.
 */
public final class ExportKey extends ApiFunction {

    private static final KeyRequirement TR34_SIGNING_KEY = KeyRequirements.TR34_SIGNING.requirement();

    public ExportKey() {
        super(Plane.CONTROL, "ExportKey");
    }

    public ExportKey(Services services) {
        super(Plane.CONTROL, "ExportKey", services);
    }

    /** The wrapped key and what the response says about its wrapping. */
    private record Wrapped(String material, String format, String wrappingKeyArn) {
    }

    @Override
    protected JsonNode handle(Call call) {
        Input input = call.input();
        Input.Choice material = input.choice("KeyMaterial");
        Input chosen = material.value();
        String field = material.field();
        Optional<Input> exportAttributes = input.optionalObject("ExportAttributes");
        Optional<String> initialKeySerialNumber = exportAttributes.flatMap(a -> a.optionalObject("ExportDukptInitialKey"))
                .map(d -> d.string("KeySerialNumber"));
        ExportedKey key = ExportedKey.of(call, input.string("ExportKeyIdentifier"), initialKeySerialNumber);
        try {
            Wrapped wrapped = switch (material.name()) {
                case "Tr31KeyBlock" -> tr31(call, key, chosen, field);
                case "KeyCryptogram" -> cryptogram(call, key, chosen, field);
                case "DiffieHellmanTr31KeyBlock" -> ecdh(call, key, chosen, field);
                case "Tr34KeyBlock" -> tr34(call, key, chosen, field);
                default -> throw new ValidationException(field + " is not available on this server");
            };
            KeyCheckValueAlgorithm kcvAlgorithm = exportAttributes
                    .flatMap(a -> a.optionalEnum("KeyCheckValueAlgorithm", KeyCheckValueAlgorithm.class))
                    .orElse(KeyRules.defaultCheckValueAlgorithm(key.attributes().keyAlgorithm()));
            ObjectNode response = JsonNodeFactory.instance.objectNode();
            ObjectNode out = response.putObject("WrappedKey");
            out.put("WrappingKeyArn", wrapped.wrappingKeyArn());
            out.put("WrappedKeyMaterialFormat", wrapped.format());
            out.put("KeyMaterial", wrapped.material());
            out.put("KeyCheckValue", checkValue(key, kcvAlgorithm));
            out.put("KeyCheckValueAlgorithm", kcvAlgorithm.name());
            return response;
        } finally {
            key.key().wipe();
        }
    }

    private static Wrapped tr31(Call call, ExportedKey key, Input block, String field) {
        UsableKeys.Opened kbpk = UsableKeys.openSymmetric(call, block.string("WrappingKeyIdentifier"),
                Tr31Keys.WRAPPING_KEY);
        try {
            KeyAlgorithm kbpkAlgorithm = kbpk.stored().attributes().keyAlgorithm();
            key.requireProtectedBy(kbpkAlgorithm, field + ".WrappingKeyIdentifier");
            return new Wrapped(wrapTr31(call, key, kbpk.key(), kbpkAlgorithm, block), "TR31_KEY_BLOCK",
                    kbpk.stored().keyArn());
        } finally {
            kbpk.key().wipe();
        }
    }

    /**
     * TR-34 with the service as key distribution host: for the KRD certificate issued by an imported authority,
     * signed with an export token's key, or with an S0 key pair of the account and its certificate.
     */
    private static Wrapped tr34(Call call, ExportedKey key, Input block, String field) {
        String authority = block.string("CertificateAuthorityPublicKeyIdentifier");
        X509Certificate krd = partnerWrappingCertificate(call, key, authority, block, field);
        ExchangeTokens.Opened kdh = signingKey(call, block, field);
        var header = Tr31Keys.exportHeader('D', key.attributes(), key.tr31Usage(),
                Tr31Keys.HeaderOverrides.of(block.optionalObject("KeyBlockHeaders")));
        byte[] nonce = block.optionalString("RandomNonce").map(Hex::decode).orElse(null);
        byte[] token;
        try {
            token = Tr34.wrap(kdh.keyPair().privateKey(), kdh.certificate(), krd, header, key.key(), nonce,
                    Tr34.OaepHash.SHA_256, call.services().random());
        } catch (CryptoException e) {
            throw new ValidationException(field + ": " + e.getMessage());
        }
        return new Wrapped(Hex.encode(token), "TR34_KEY_BLOCK", call.keys().resolve(authority).keyArn());
    }

    private static ExchangeTokens.Opened signingKey(Call call, Input block, String field) {
        if (block.has("ExportToken")) {
            return ExchangeTokens.open(call, block.string("ExportToken"), ExchangeTokens.Type.TR34_EXPORT);
        }
        if (!block.has("SigningKeyIdentifier") || !block.has("SigningKeyCertificate")) {
            throw new ValidationException(field + " needs an ExportToken, or a SigningKeyIdentifier with its"
                    + " SigningKeyCertificate");
        }
        StoredKey signer = TR34_SIGNING_KEY.check(call.keys().resolveUsable(block.string("SigningKeyIdentifier"),
                call.now()));
        if (signer.attributes().keyClass() != KeyClass.ASYMMETRIC_KEY_PAIR) {
            throw new ValidationException(field + ".SigningKeyIdentifier must name a key pair of the account");
        }
        KeyMaterial.KeyPair pair = (KeyMaterial.KeyPair) call.services().sealer().open(signer);
        X509Certificate certificate;
        try {
            certificate = CertificateIssuer.fromBase64Pem(block.string("SigningKeyCertificate"));
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
    private static Wrapped ecdh(Call call, ExportedKey key, Input block, String field) {
        EcdhKeys.Derived kbpk = EcdhKeys.deriveKbpk(call.services().useCases().keys(), call.context(),
                EcdhRequests.ofDiffieHellmanTr31(block), field);
        try {
            key.requireProtectedBy(kbpk.algorithm(), field + ".DeriveKeyAlgorithm");
            key.requireProtectedBy(kbpk.curve(), field + ".PrivateKeyIdentifier");
            return new Wrapped(wrapTr31(call, key, kbpk.key(), kbpk.algorithm(), block), "TR31_KEY_BLOCK",
                    kbpk.privateKeyArn());
        } finally {
            kbpk.key().wipe();
        }
    }

    private static String wrapTr31(Call call, ExportedKey key, SecretBytes kbpk, KeyAlgorithm kbpkAlgorithm,
                                   Input block) {
        var header = Tr31Keys.exportHeader(Tr31Keys.versionFor(kbpkAlgorithm), key.attributes(), key.tr31Usage(),
                Tr31Keys.HeaderOverrides.of(block.optionalObject("KeyBlockHeaders")));
        return Tr31.wrap(kbpk, header, key.key(), call.services().random());
    }

    private static Wrapped cryptogram(Call call, ExportedKey key, Input cryptogram, String field) {
        KeyAlgorithm algorithm = key.attributes().keyAlgorithm();
        if (algorithm.family() == KeyAlgorithm.Family.HMAC) {
            throw new ValidationException(field + ": RSA wrap exports TDES and AES keys only");
        }
        String authority = cryptogram.string("CertificateAuthorityPublicKeyIdentifier");
        X509Certificate certificate = partnerWrappingCertificate(call, key, authority, cryptogram, field);
        byte[] wrapped = RsaKeyCryptogram.wrap(certificate.getPublicKey(), key.key(),
                KeyInputs.wrappingSpec(cryptogram));
        return new Wrapped(Hex.encode(wrapped), "KEY_CRYPTOGRAM", call.keys().resolve(authority).keyArn());
    }

    /** The partner's RSA certificate (WrappingKeyCertificate) from the imported authority, strong enough for the key. */
    private static X509Certificate partnerWrappingCertificate(Call call, ExportedKey key, String authority,
                                                              Input block, String field) {
        X509Certificate certificate = TrustedCertificates.leaf(call.services().useCases().keys(), call.context(), authority, block.string("WrappingKeyCertificate"),
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
