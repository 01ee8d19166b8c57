package dev.paycrypto.app.keys;

import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ConflictException;
import dev.paycrypto.app.errors.ResourceNotFoundException;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.keys.KeyLifecycle;
import dev.paycrypto.keys.KeyReplication;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.keys.store.KeyStore;
import java.util.function.UnaryOperator;

/** Changes to a key's metadata, applied so that concurrent changes never lose a write. */
public final class KeyChanges {

    private final KeySources keys;
    private final KeyStore store;

    public KeyChanges(KeySources keys, KeyStore store) {
        this.keys = keys;
        this.store = store;
    }

    /**
     * Applies {@code change} to the key the identifier names and stores the result. The change may run more than
     * once (after a concurrent write it is re-applied to the fresh key), so it must only compute.
     */
    public StoredKey change(CallContext context, String identifier, UnaryOperator<StoredKey> change) {
        KeyResolver.KeyLocation location = keys.resolver(context).locate(identifier);
        return store.updateKey(location.account(), location.keyId(), key -> {
            requireNotReplica(key);
            return change.apply(key);
        }).orElseThrow(() -> new ResourceNotFoundException("Key " + identifier + " not found", identifier));
    }

    /** As {@link #change}, for a change that management operations make: refused on a key pending deletion. */
    public StoredKey manage(CallContext context, String identifier, UnaryOperator<StoredKey> change) {
        return change(context, identifier, key -> {
            requireManageable(key);
            return change.apply(key);
        });
    }

    /** Whether the key is a replica (read-only: it changes and goes only with its primary). */
    public static boolean isReplica(StoredKey key) {
        return key.replication() != null && key.replication().role() == KeyReplication.Role.REPLICA;
    }

    /** Whether the key is a replica of the primary of its id in {@code primaryRegion}. */
    public static boolean isReplicaOf(StoredKey key, String primaryRegion) {
        return isReplica(key) && key.replication().primaryRegion().equals(primaryRegion);
    }

    /** A replica is read-only: it changes only with its primary, in the primary's Region. */
    public static void requireNotReplica(StoredKey key) {
        if (isReplica(key)) {
            throw new ValidationException("Key " + key.keyArn() + " is a replica; change it through its primary in "
                    + key.replication().primaryRegion());
        }
    }

    /** Management operations other than GetKey, ListKeys and RestoreKey refuse a key pending deletion. */
    public static void requireManageable(StoredKey key) {
        if (!KeyLifecycle.isManageable(key)) {
            throw new ConflictException("Key " + key.keyArn() + " is in state " + key.keyState()
                    + " and cannot be changed");
        }
    }
}
