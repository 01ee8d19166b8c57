package dev.paycrypto.service.keys;

import dev.paycrypto.app.keys.KeyRequirement;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.service.runtime.Call;

/**
 * The way every cryptographic operation gets at a key: resolve it, check its lifecycle and its kind against
 * the operation's requirement, and only then open its sealed material.
 */
public final class UsableKeys {

    /** A key with its opened symmetric material. */
    public record Opened(StoredKey stored, SecretBytes key) {
    }

    private UsableKeys() {
    }

    public static Opened openSymmetric(Call call, String identifier, KeyRequirement requirement) {
        StoredKey stored = requirement.check(call.keys().resolveUsable(identifier, call.now()));
        KeyMaterial material = call.services().sealer().open(stored);
        return new Opened(stored, ((KeyMaterial.SymmetricKey) material).key());
    }
}
