package dev.paycrypto.functions.workers;

import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.events.KeyEvents;
import dev.paycrypto.keys.KeyState;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.service.runtime.Services;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the scheduling and the purge of a key's deletion both check first: that the deletion their event speaks of
 * is the key's current one. RestoreKey wins any race, so a key gone, restored, or restored and deleted again (at
 * another pending time, with events of its own) is no forgery: the event is left alone, quietly. A replica is
 * refused — it is never deleted on its own.
 */
final class ScheduledDeletions {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledDeletions.class);

    private ScheduledDeletions() {
    }

    /** The key pending the deletion the event announces, or empty when the event is overtaken (logged why). */
    static Optional<StoredKey> keyPendingThisDeletion(Event event, Services services) {
        String keyId = KeyEvents.keyId(event);
        Optional<StoredKey> found = services.keyStore().findKey(event.account(), keyId);
        if (found.isEmpty()) {
            LOG.info("{} of {} left alone: the key is gone", event.detailType().text(), keyId);
            return Optional.empty();
        }
        StoredKey key = found.get();
        EventWorker.requireNotReplica(key);
        if (key.keyState() != KeyState.DELETE_PENDING) {
            LOG.info("{} of {} left alone: the key was restored", event.detailType().text(), keyId);
            return Optional.empty();
        }
        if (!KeyEvents.isCurrentDeletion(event, key)) {
            LOG.info("{} of {} left alone: the key was deleted again since", event.detailType().text(), keyId);
            return Optional.empty();
        }
        return found;
    }
}
