package dev.paycrypto.functions.workers;

import dev.paycrypto.app.events.DetailType;
import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.events.KeyEvents;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.service.runtime.Services;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On {@code Key Purge Sweep}: a {@code Key Purge Due} for every key of the region that is DELETE_PENDING and past
 * its time — keys whose one-time schedule was lost or failed — so that each is purged by the one purge path, and
 * retried on its own. Harmless to repeat: the purge worker acts only on a key still pending and due.
 */
public final class KeyPurgeSweeper extends EventWorker {

    private static final Logger LOG = LoggerFactory.getLogger(KeyPurgeSweeper.class);
    private static final int BATCH = 1000;

    public KeyPurgeSweeper() {
        super(DetailType.KEY_PURGE_SWEEP);
    }

    public KeyPurgeSweeper(Services services) {
        super(DetailType.KEY_PURGE_SWEEP, services);
    }

    @Override
    protected void handle(Event event, Services services) {
        List<StoredKey> due = services.keyStore().findDueForPurge(services.clock().instant(), BATCH);
        for (StoredKey key : due) {
            services.events().publish(KeyEvents.purgeDue(key, event.region()));
        }
        LOG.info("sweep in {}: {} key(s) due for purge", event.region(), due.size());
    }
}
