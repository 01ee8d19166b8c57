package dev.paycrypto.functions.workers;

import dev.paycrypto.app.events.DetailType;
import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.events.EventRefusedException;
import dev.paycrypto.app.events.KeyEvents;
import dev.paycrypto.app.keys.KeyChanges;
import dev.paycrypto.keys.KeyLifecycle;
import dev.paycrypto.keys.KeyReplication;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.keys.store.AliasRecord;
import dev.paycrypto.service.runtime.Services;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On {@code Key Purge Due}: deletes the key — its sealed material and metadata, its resource-based policy, and a
 * primary's replicas in the other Regions — and unassigns the aliases that name it, but only if it is still DELETE_PENDING and its time has
 * come (RestoreKey wins any race). The deletion is announced by {@code Key Deleted}, once: a redelivered event finds
 * no key.
 *
 * <p>What the event may find, and what the worker does:
 * <ul>
 * <li>no key (purged by an earlier delivery), a key no longer DELETE_PENDING (restored), or a key pending deletion
 * at another time than the event's (restored and deleted again: the event is the first deletion's) — nothing,
 * quietly; these are the races of scheduled deletion, not forgeries ({@link ScheduledDeletions});</li>
 * <li>a replica — refused: a replica goes only with its primary, in the primary's Region;</li>
 * <li>the key's own deletion, not yet due — refused: a schedule fires at the pending time or after, so the event is
 * forged or early, and deleting now would cut the waiting period short.</li>
 * </ul>
 * A primary takes with it, in each Region of its replication state, the key of its id only if that key is its
 * replica. A key there that is not (a primary of its own, a replica of another Region's key) is left and logged: it
 * belongs to no part of this key, and it is no reason to keep a key its owner deleted.
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
        Optional<StoredKey> pending = ScheduledDeletions.keyPendingThisDeletion(event, services);
        if (pending.isEmpty()) {
            return;
        }
        StoredKey key = pending.get();
        if (!KeyLifecycle.isDueForPurge(key, services.clock().instant())) {
            throw new EventRefusedException("Key " + key.keyArn() + " is pending deletion until "
                    + key.deletePendingTimestamp() + ", not yet due");
        }
        List<Services> replicaRegions = replicaRegionsOf(key, event.region(), services);
        unassignAliases(key, services);
        for (Services replicaRegion : replicaRegions) {
            replicaRegion.keyStore().deleteKey(key.account(), key.keyId());
        }
        if (services.keyStore().deleteKey(key.account(), key.keyId())) {
            services.keyStore().deleteResourcePolicy(key.account(), key.keyId());
            services.events().publish(KeyEvents.deleted(key, event.region(), services.clock().instant()));
            LOG.info("purged {}", key.keyArn());
        }
    }

    /** The Regions whose key of the same id a primary takes with it: those of its state where it is its replica. */
    private static List<Services> replicaRegionsOf(StoredKey key, String region, Services services) {
        List<Services> replicas = new ArrayList<>();
        if (key.replication() == null || key.replication().role() != KeyReplication.Role.PRIMARY) {
            return replicas;
        }
        for (String replicaRegion : key.replication().regions().keySet()) {
            Optional<Services> target = services.regions().of(replicaRegion);
            Optional<StoredKey> there = target.flatMap(t -> t.keyStore().findKey(key.account(), key.keyId()));
            if (there.isEmpty()) {
                continue;
            }
            if (KeyChanges.isReplicaOf(there.get(), region)) {
                replicas.add(target.get());
            } else {
                LOG.warn("purge of {} leaves {}: it is not a replica of this key", key.keyArn(),
                        there.get().keyArn());
            }
        }
        return replicas;
    }

    private static void unassignAliases(StoredKey key, Services services) {
        String token = null;
        do {
            var page = services.keyStore().listAliases(key.account(), key.keyArn(), ALIAS_PAGE, token);
            for (AliasRecord alias : page.items()) {
                services.keyStore().replaceAlias(alias.withKeyArn(null));
            }
            token = page.nextToken();
        } while (token != null);
    }
}
