package dev.paycrypto.service.keys;

import dev.paycrypto.keys.KeyLifecycle;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.app.errors.ConflictException;
import dev.paycrypto.app.errors.ResourceNotFoundException;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.service.runtime.Call;
import java.util.function.UnaryOperator;

/** Changes to a key's metadata, applied so that concurrent changes never lose a write. */
public final class KeyChanges {

    private KeyChanges() {
    }

    /**
     * Applies {@code change} to the key the identifier names and stores the result. The change may run more than
     * once (after a concurrent write it is re-applied to the fresh key), so it must only compute.
     */
    public static StoredKey change(Call call, String identifier, UnaryOperator<StoredKey> change) {
        String keyId = call.keys().keyIdOf(identifier);
        return call.services().keyStore().updateKey(call.account(), keyId, key -> {
            requireNotReplica(key);
            return change.apply(key);
        }).orElseThrow(() -> new ResourceNotFoundException("Key " + identifier + " not found", identifier));
    }

    /** A replica is read-only: it changes only with its primary, in the primary's Region. */
    public static void requireNotReplica(StoredKey key) {
        if (KeyReplications.isReplica(key)) {
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
