package dev.paycrypto.app.keys;

import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.policies.KeyAccess;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyMaterialSealer;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.keys.store.KeyStore;

/**
 * The one way operations get at keys: resolve an identifier for the caller (authorized by the key's resource
 * policy, {@link KeyAccess}), check the key's lifecycle and its kind
 * against the operation's requirement ({@link KeyRequirements}), and only then open its sealed material.
 */
public final class KeySources {

    private final KeyStore store;
    private final KeyMaterialSealer sealer;
    private final KeyAccess access;

    public KeySources(KeyStore store, KeyMaterialSealer sealer) {
        this.store = store;
        this.sealer = sealer;
        this.access = new KeyAccess(store);
    }

    /** Resolves identifiers for the caller of {@code context}, authorizing each key by its resource policy. */
    public KeyResolver resolver(CallContext context) {
        return new KeyResolver(store, context, access);
    }

    /** A stored key usable now for {@code requirement}, its material not opened. */
    public StoredKey usable(CallContext context, String identifier, KeyRequirement requirement) {
        return requirement.check(resolver(context).resolveUsable(identifier, context.now()));
    }

    /** A stored symmetric key usable now for {@code requirement}, opened. */
    public UsableKey symmetric(CallContext context, String identifier, KeyRequirement requirement) {
        StoredKey stored = usable(context, identifier, requirement);
        return new UsableKey(stored, ((KeyMaterial.SymmetricKey) sealer.open(stored)).key());
    }

    /** A stored symmetric key usable now for the requirement of {@code row}, opened. */
    public UsableKey symmetric(CallContext context, String identifier, KeyRequirements row) {
        return symmetric(context, identifier, row.requirement());
    }

    /** The opened material of a stored key already checked for its use (asymmetric keys). */
    public KeyMaterial open(StoredKey checked) {
        return sealer.open(checked);
    }
}
