package dev.paycrypto.service.keys;

import dev.paycrypto.keys.InvalidKeyAttributesException;
import dev.paycrypto.keys.KeyArns;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyCheckValueAlgorithm;
import dev.paycrypto.keys.KeyCheckValueCalculator;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyOrigin;
import dev.paycrypto.keys.KeyRules;
import dev.paycrypto.keys.KeyState;
import dev.paycrypto.keys.KeyUsage;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.service.runtime.Call;
import java.util.Map;

/** Brings a new key into the store, created or imported: key id, key check value, sealed block, metadata. */
public final class KeyIssuer {

    /** What the caller decided about the new key. */
    public record NewKey(KeyAttributes attributes, boolean exportable, boolean enabled, KeyOrigin origin,
                         KeyCheckValueAlgorithm checkValueAlgorithm, KeyUsage deriveKeyUsage,
                         Map<String, String> tags) {
    }

    private KeyIssuer() {
    }

    public static StoredKey issue(Call call, NewKey spec, KeyMaterial material) {
        return issue(call, spec, material, KeyArns.newKeyId(call.services().random()));
    }

    /** As {@link #issue(Call, NewKey, KeyMaterial)}, under a key id the caller chose (unique, or the store refuses). */
    public static StoredKey issue(Call call, NewKey spec, KeyMaterial material, String keyId) {
        KeyCheckValueAlgorithm kcvAlgorithm = spec.checkValueAlgorithm() != null ? spec.checkValueAlgorithm()
                : KeyRules.defaultCheckValueAlgorithm(spec.attributes().keyAlgorithm());
        String kcv;
        try {
            kcv = KeyCheckValueCalculator.compute(spec.attributes().keyAlgorithm(), kcvAlgorithm, material);
        } catch (InvalidKeyAttributesException e) {
            throw new ValidationException("Invalid KeyCheckValueAlgorithm: " + e.getMessage());
        }
        String block = call.services().sealer().seal(call.account(), keyId, spec.attributes(), spec.exportable(),
                material);
        StoredKey key = StoredKey.builder()
                .account(call.account())
                .keyId(keyId)
                .keyArn(KeyArns.keyArn(call.region(), call.account(), keyId))
                .attributes(spec.attributes())
                .keyCheckValue(kcv)
                .keyCheckValueAlgorithm(kcvAlgorithm)
                .enabled(spec.enabled())
                .exportable(spec.exportable())
                .keyState(KeyState.CREATE_COMPLETE)
                .keyOrigin(spec.origin())
                .createTimestamp(call.now())
                .usageStartTimestamp(spec.enabled() ? call.now() : null)
                .deriveKeyUsage(spec.deriveKeyUsage())
                .tags(spec.tags())
                .keyBlock(block)
                .version(1)
                .build();
        call.services().keyStore().createKey(key);
        return key;
    }
}
