package dev.paycrypto.app.keys;

import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.policies.KeyAccess;
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
 * Turns a key identifier of a request (key ARN, alias name or alias ARN) into a key in this Region, and has
 * {@link KeyAccess} authorize its use. Aliases are the caller's own: an alias of another account, or a key of
 * another Region, is reported as not found. A key ARN of another account is that account's key, used only if the
 * operation supports cross-account use and the key's resource policy allows the caller (else
 * {@code AccessDeniedException}, whether or not the key exists).
 */
public final class KeyResolver {

    /** Where a key is kept: its owner's account, its id and ARN. */
    public record KeyLocation(String account, String keyId, String keyArn) {
    }

    private final KeyStore store;
    private final CallContext context;
    private final KeyAccess access;

    public KeyResolver(KeyStore store, CallContext context, KeyAccess access) {
        this.store = store;
        this.context = context;
        this.access = access;
    }

    /** The key, whatever its state. */
    public StoredKey resolve(String identifier) {
        KeyLocation location = locate(identifier);
        return store.findKey(location.account(), location.keyId()).orElseThrow(() -> notFound(identifier));
    }

    /** The key, which must be usable for cryptography at {@code now}. */
    public StoredKey resolveUsable(String identifier, Instant now) {
        StoredKey key = resolve(identifier);
        KeyLifecycle.unusableReason(key, now).ifPresent(reason -> {
            throw new ValidationException("Key " + key.keyArn() + " " + reason + " and cannot be used");
        });
        return key;
    }

    /** Where the key an identifier names is kept, following an alias to its key; the call authorized for it. */
    public KeyLocation locate(String identifier) {
        KeyLocation location = locationOf(identifier);
        access.authorize(context, location.account(), location.keyId(), location.keyArn());
        return location;
    }

    private KeyLocation locationOf(String identifier) {
        if (identifier.startsWith("alias/")) {
            return keyOfAlias(identifier, identifier);
        }
        Optional<String> aliasName = KeyArns.aliasNameOfArn(identifier);
        if (aliasName.isPresent()) {
            requireHere(identifier, identifier.split(":")[3], identifier.split(":")[4]);
            return keyOfAlias(aliasName.get(), identifier);
        }
        KeyArns.KeyArn arn = KeyArns.parseKeyArn(identifier).orElseThrow(() -> notFound(identifier));
        if (!context.region().equals(arn.region())) {
            throw notFound(identifier);
        }
        return new KeyLocation(arn.account(), arn.keyId(),
                KeyArns.keyArn(context.region(), arn.account(), arn.keyId()));
    }

    private KeyLocation keyOfAlias(String aliasName, String identifier) {
        AliasRecord alias = store.findAlias(context.account(), aliasName).orElseThrow(() -> notFound(identifier));
        if (alias.keyArn() == null) {
            throw notFound(identifier);
        }
        String keyId = KeyArns.parseKeyArn(alias.keyArn()).orElseThrow(() -> notFound(identifier)).keyId();
        return new KeyLocation(context.account(), keyId, KeyArns.keyArn(context.region(), context.account(), keyId));
    }

    private void requireHere(String identifier, String arnRegion, String arnAccount) {
        if (!context.region().equals(arnRegion) || !context.account().equals(arnAccount)) {
            throw notFound(identifier);
        }
    }

    private static ResourceNotFoundException notFound(String identifier) {
        return new ResourceNotFoundException("Key " + identifier + " not found", identifier);
    }
}
