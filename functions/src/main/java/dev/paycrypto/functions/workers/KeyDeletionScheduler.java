package dev.paycrypto.functions.workers;

import dev.paycrypto.keys.KeyState;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.service.events.DetailType;
import dev.paycrypto.service.events.Event;
import dev.paycrypto.service.events.KeyEvents;
import dev.paycrypto.service.runtime.Services;
import java.util.Optional;

/**
 * On {@code Key Deletion Scheduled}: a one-time schedule that publishes {@code Key Purge Due} at the key's pending
 * time. A key restored meanwhile is left alone (and its schedule, if one was made, finds it so).
 */
public final class KeyDeletionScheduler extends EventWorker {

    public KeyDeletionScheduler() {
        super(DetailType.KEY_DELETION_SCHEDULED);
    }

    public KeyDeletionScheduler(Services services) {
        super(DetailType.KEY_DELETION_SCHEDULED, services);
    }

    @Override
    protected void handle(Event event, Services services) {
        Optional<StoredKey> key = services.keyStore().findKey(event.account(), KeyEvents.keyId(event));
        if (key.isEmpty() || key.get().keyState() != KeyState.DELETE_PENDING) {
            return;
        }
        services.scheduler().publishAt(KeyEvents.purgeScheduleName(key.get()), key.get().deletePendingTimestamp(),
                KeyEvents.purgeDue(key.get(), event.region()));
    }
}
