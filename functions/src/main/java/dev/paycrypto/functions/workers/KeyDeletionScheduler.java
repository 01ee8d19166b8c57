package dev.paycrypto.functions.workers;

import dev.paycrypto.app.events.DetailType;
import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.events.KeyEvents;
import dev.paycrypto.service.runtime.Services;

/**
 * On {@code Key Deletion Scheduled}: a one-time schedule that publishes {@code Key Purge Due} at the key's stored
 * pending time. Only for the deletion the event announces: a key gone, restored meanwhile, or pending deletion at
 * another time (restored and deleted again, which has its own event) is left alone, quietly — those are races with
 * RestoreKey, and the purge re-checks anyway. A replica is refused: it is never deleted on its own.
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
        ScheduledDeletions.keyPendingThisDeletion(event, services).ifPresent(key ->
                services.scheduler().publishAt(KeyEvents.purgeScheduleName(key), key.deletePendingTimestamp(),
                        KeyEvents.purgeDue(key, event.region())));
    }
}
