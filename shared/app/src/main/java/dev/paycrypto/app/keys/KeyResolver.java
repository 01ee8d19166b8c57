package dev.paycrypto.app.keys;

import dev.paycrypto.keys.KeyArns;
import dev.paycrypto.keys.KeyLifecycle;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.keys.store.AliasRecord;
import dev.paycrypto.keys.store.KeyStore;
import dev.paycrypto.app.errors.ResourceNotFoundException;
import dev.paycrypto.app.errors.ValidationException;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a key identifier of a request (key ARN, alias name or alias ARN) into the caller's key in this region.
 * A key of another account or region is reported as not found, as the service does for keys the caller cannot
 * see.
 */
public final class KeyResolver {

    private final KeyStore store;
    private final String region;
    private final String account;

    public KeyResolver(KeyStore store, String region, String account) {
        this.store = store;
        this.region = region;
        this.account = account;
    }

    /** The key, whatever its state. */
    public StoredKey resolve(String identifier) {
        String keyId = keyIdOf(identifier);
        return store.findKey(account, keyId).orElseThrow(() -> notFound(identifier));
    }

    /** The key, which must be usable for cryptography at {@code now}. */
    public StoredKey resolveUsable(String identifier, Instant now) {
        StoredKey key = resolve(identifier);
        KeyLifecycle.unusableReason(key, now).ifPresent(reason -> {
            throw new ValidationException("Key " + key.keyArn() + " " + reason + " and cannot be used");
        });
        return key;
    }

    /** The key id an identifier names, following an alias to its key. */
    public String keyIdOf(String identifier) {
        if (identifier.startsWith("alias/")) {
            return keyIdOfAlias(identifier, identifier);
        }
        Optional<String> aliasName = KeyArns.aliasNameOfArn(identifier);
        if (aliasName.isPresent()) {
            requireHere(identifier, identifier.split(":")[3], identifier.split(":")[4]);
            return keyIdOfAlias(aliasName.get(), identifier);
        }
        KeyArns.KeyArn arn = KeyArns.parseKeyArn(identifier).orElseThrow(() -> notFound(identifier));
        requireHere(identifier, arn.region(), arn.account());
        return arn.keyId();
    }

    private String keyIdOfAlias(String aliasName, String identifier) {
        AliasRecord alias = store.findAlias(account, aliasName).orElseThrow(() -> notFound(identifier));
        if (alias.keyArn() == null) {
            throw notFound(identifier);
        }
        return KeyArns.parseKeyArn(alias.keyArn()).orElseThrow(() -> notFound(identifier)).keyId();
    }

    private void requireHere(String identifier, String arnRegion, String arnAccount) {
        if (!region.equals(arnRegion) || !account.equals(arnAccount)) {
            throw notFound(identifier);
        }
    }

    private static ResourceNotFoundException notFound(String identifier) {
        return new ResourceNotFoundException("Key " + identifier + " not found", identifier);
    }
}
