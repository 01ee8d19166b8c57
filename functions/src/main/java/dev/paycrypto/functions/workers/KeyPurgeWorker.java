package dev.paycrypto.functions.workers;

import dev.paycrypto.keys.KeyLifecycle;
import dev.paycrypto.keys.KeyReplication;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.keys.store.AliasRecord;
import dev.paycrypto.service.events.DetailType;
import dev.paycrypto.service.events.Event;
import dev.paycrypto.service.events.KeyEvents;
import dev.paycrypto.service.runtime.Services;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On {@code Key Purge Due}: deletes the key — its sealed material and metadata, and a primary's replicas in the
 * other Regions — and unassigns the aliases that name it, but only if it is still DELETE_PENDING and its time has come (RestoreKey wins any race). The deletion
 * is announced by {@code Key Deleted}, once: a redelivered event finds no key.
 */
public final class KeyPurgeWorker extends EventWorker {

    private static final Logger LOG = LoggerFactory.getLogger(KeyPurgeWorker.class);
    private static final int ALIAS_PAGE = 100;

    public KeyPurgeWorker() {
        super(DetailType.KEY_PURGE_DUE);
    }

    public KeyPurgeWorker(Services services) {
        super(DetailType.KEY_PURGE_DUE, services);
    }

    @Override
    protected void handle(Event event, Services services) {
        Optional<StoredKey> found = services.keyStore().findKey(event.account(), KeyEvents.keyId(event));
        if (found.isEmpty() || !KeyLifecycle.isDueForPurge(found.get(), services.clock().instant())) {
            LOG.info("purge of {} skipped: {}", KeyEvents.keyId(event), found.isEmpty() ? "gone" : "not due");
            return;
        }
        StoredKey key = found.get();
        String token = null;
        do {
            var page = services.keyStore().listAliases(key.account(), key.keyArn(), ALIAS_PAGE, token);
            for (AliasRecord alias : page.items()) {
                services.keyStore().replaceAlias(alias.withKeyArn(null));
            }
            token = page.nextToken();
        } while (token != null);
        if (key.replication() != null && key.replication().role() == KeyReplication.Role.PRIMARY) {
            // a primary takes its replicas with it
            for (String region : key.replication().regions().keySet()) {
                services.regions().of(region).ifPresent(target ->
                        target.keyStore().deleteKey(key.account(), key.keyId()));
            }
        }
        if (services.keyStore().deleteKey(key.account(), key.keyId())) {
            services.events().publish(KeyEvents.deleted(key, event.region(), services.clock().instant()));
            LOG.info("purged {}", key.keyArn());
        }
    }
}
