package dev.paycrypto.app.keys;

import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.keys.InvalidKeyAttributesException;
import dev.paycrypto.keys.KeyArns;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyCheckValueAlgorithm;
import dev.paycrypto.keys.KeyCheckValueCalculator;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyMaterialSealer;
import dev.paycrypto.keys.KeyOrigin;
import dev.paycrypto.keys.KeyRules;
import dev.paycrypto.keys.KeyState;
import dev.paycrypto.keys.KeyUsage;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.keys.store.KeyStore;
import java.security.SecureRandom;
import java.util.Map;

/** Brings a new key into the store, created or imported: key id, key check value, sealed block, metadata. */
public final class KeyIssuer {

    /** What the caller decided about the new key. */
    public record NewKey(KeyAttributes attributes, boolean exportable, boolean enabled, KeyOrigin origin,
                         KeyCheckValueAlgorithm checkValueAlgorithm, KeyUsage deriveKeyUsage,
                         Map<String, String> tags) {
    }

    private final KeyStore store;
    private final KeyMaterialSealer sealer;
    private final SecureRandom random;

    public KeyIssuer(KeyStore store, KeyMaterialSealer sealer, SecureRandom random) {
        this.store = store;
        this.sealer = sealer;
        this.random = random;
    }

    public StoredKey issue(CallContext context, NewKey spec, KeyMaterial material) {
        return issue(context, spec, material, KeyArns.newKeyId(random));
    }

    /** As {@link #issue(CallContext, NewKey, KeyMaterial)}, under a key id the caller chose (unique, or the store refuses). */
    public StoredKey issue(CallContext context, NewKey spec, KeyMaterial material, String keyId) {
        return issue(context, spec, material, keyId, KeyState.CREATE_COMPLETE);
    }

    /**
     * As {@link #issue(CallContext, NewKey, KeyMaterial, String)}, in {@code state}: {@code CREATE_IN_PROGRESS} for an
     * import that waits for a multi-party approval, which no operation may use until then.
     */
    public StoredKey issue(CallContext context, NewKey spec, KeyMaterial material, String keyId, KeyState state) {
        KeyCheckValueAlgorithm kcvAlgorithm = spec.checkValueAlgorithm() != null ? spec.checkValueAlgorithm()
                : KeyRules.defaultCheckValueAlgorithm(spec.attributes().keyAlgorithm());
        String kcv;
        try {
            kcv = KeyCheckValueCalculator.compute(spec.attributes().keyAlgorithm(), kcvAlgorithm, material);
        } catch (InvalidKeyAttributesException e) {
            throw new ValidationException("Invalid KeyCheckValueAlgorithm: " + e.getMessage());
        }
        String block = sealer.seal(context.account(), keyId, spec.attributes(), spec.exportable(), material);
        StoredKey key = StoredKey.builder()
                .account(context.account())
                .keyId(keyId)
                .keyArn(KeyArns.keyArn(context.region(), context.account(), keyId))
                .attributes(spec.attributes())
                .keyCheckValue(kcv)
                .keyCheckValueAlgorithm(kcvAlgorithm)
                .enabled(spec.enabled())
                .exportable(spec.exportable())
                .keyState(state)
                .keyOrigin(spec.origin())
                .createTimestamp(context.now())
                .usageStartTimestamp(spec.enabled() ? context.now() : null)
                .deriveKeyUsage(spec.deriveKeyUsage())
                .tags(spec.tags())
                .keyBlock(block)
                .version(1)
                .build();
        store.createKey(key);
        return key;
    }
}
