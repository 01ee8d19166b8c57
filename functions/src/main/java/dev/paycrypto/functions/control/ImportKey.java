package dev.paycrypto.functions.control;

import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.asymmetric.RsaKeyCryptogram;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyCheckValueAlgorithm;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyOrigin;
import dev.paycrypto.keys.KeyStrength;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.service.errors.ValidationException;
import dev.paycrypto.service.keys.ImportParameters;
import dev.paycrypto.service.keys.KeyInputs;
import dev.paycrypto.service.keys.KeyIssuer;
import dev.paycrypto.service.keys.KeyViews;
import dev.paycrypto.service.runtime.Input;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/**
 * ImportKey: brings in key material. This server takes a {@code KeyCryptogram}: a symmetric key wrapped with
 * RSA-OAEP under the certificate of an import token; the attributes come from the request.
 */
public final class ImportKey extends ApiFunction {

    public ImportKey() {
        super(Plane.CONTROL, "ImportKey");
    }

    public ImportKey(Services services) {
        super(Plane.CONTROL, "ImportKey", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        Input input = call.input();
        Input material = input.object("KeyMaterial");
        String kind = material.unionMember();
        if (!"KeyCryptogram".equals(kind)) {
            throw new ValidationException("KeyMaterial." + kind + " is not available on this server; use KeyCryptogram");
        }
        return KeyViews.keyResponse(importCryptogram(call, input, material.object("KeyCryptogram")));
    }

    private static StoredKey importCryptogram(Call call, Input input, Input cryptogram) {
        KeyAttributes attributes = KeyInputs.attributes(cryptogram, "KeyAttributes");
        if (!attributes.keyAlgorithm().isSymmetric() || attributes.keyAlgorithm().family() == KeyAlgorithm.Family.HMAC) {
            throw new ValidationException("KeyCryptogram imports TDES and AES keys only");
        }
        KeyMaterial.KeyPair wrappingKey = ImportParameters.open(call, cryptogram.string("ImportToken"));
        KeyAlgorithm wrappingAlgorithm = KeyStrength.rsaAlgorithmOf(wrappingKey.publicKey());
        if (!KeyStrength.canProtect(wrappingAlgorithm, attributes.keyAlgorithm())) {
            throw new ValidationException("A " + wrappingAlgorithm + " wrapping key is weaker than the "
                    + attributes.keyAlgorithm() + " key it would protect");
        }
        RsaKeyCryptogram.OaepHash hash = "RSA_OAEP_SHA_512".equals(cryptogram.optionalString("WrappingSpec")
                .orElse("RSA_OAEP_SHA_256")) ? RsaKeyCryptogram.OaepHash.SHA_512 : RsaKeyCryptogram.OaepHash.SHA_256;
        SecretBytes key;
        try {
            key = RsaKeyCryptogram.unwrap(wrappingKey.privateKey(), Hex.decode(cryptogram.string("WrappedKeyCryptogram")),
                    hash);
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
        return KeyIssuer.issue(call, spec, new KeyMaterial.SymmetricKey(key));
    }
}
