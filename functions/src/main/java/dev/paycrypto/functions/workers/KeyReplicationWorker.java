package dev.paycrypto.functions.workers;

import dev.paycrypto.keys.KeyArns;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyReplication;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.service.events.DetailType;
import dev.paycrypto.service.events.Event;
import dev.paycrypto.service.events.KeyEvents;
import dev.paycrypto.service.keys.KeyReplications;
import dev.paycrypto.service.runtime.Services;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On {@code Key Replication Requested}: writes a replica of the primary into each added Region — the same key id,
 * attributes and check value, the material re-sealed under that Region's storage key, read-only — and deletes the
 * replica of each removed Region, then records the outcome on the primary (SYNCHRONIZED, or FAILED with the
 * reason). Idempotent: a replica already there is rewritten, one already gone stays gone.
 */
public final class KeyReplicationWorker extends EventWorker {

    private static final Logger LOG = LoggerFactory.getLogger(KeyReplicationWorker.class);

    public KeyReplicationWorker() {
        super(DetailType.KEY_REPLICATION_REQUESTED);
    }

    public KeyReplicationWorker(Services services) {
        super(DetailType.KEY_REPLICATION_REQUESTED, services);
    }

    @Override
    protected void handle(Event event, Services services) {
        String keyId = KeyEvents.keyId(event);
        Optional<StoredKey> found = services.keyStore().findKey(event.account(), keyId);
        if (found.isEmpty() || found.get().replication() == null) {
            return;
        }
        StoredKey primary = found.get();
        List<String> synced = new ArrayList<>();
        List<String[]> failed = new ArrayList<>();
        List<String> added = regions(event, "addRegions");
        KeyMaterial material = added.isEmpty() ? null : services.sealer().open(primary);
        try {
            for (String region : added) {
                Optional<Services> target = services.regions().of(region);
                if (target.isEmpty()) {
                    failed.add(new String[] {region, "Region " + region + " is not reachable from " + event.region()});
                    continue;
                }
                writeReplica(primary, material, event.region(), region, target.get());
                synced.add(region);
            }
        } finally {
            if (material instanceof KeyMaterial.SymmetricKey symmetric) {
                symmetric.key().wipe();
            }
        }
        List<String> removed = regions(event, "removeRegions");
        for (String region : removed) {
            services.regions().of(region).ifPresent(target -> target.keyStore().deleteKey(event.account(), keyId));
        }
        services.keyStore().updateKey(event.account(), keyId, key -> {
            KeyReplication replication = key.replication();
            if (replication == null) {
                return key;
            }
            for (String region : synced) {
                replication = replication.withRegion(region,
                        new KeyReplication.RegionStatus(KeyReplications.SYNCHRONIZED, null));
            }
            for (String[] failure : failed) {
                replication = replication.withRegion(failure[0],
                        new KeyReplication.RegionStatus(KeyReplications.FAILED, failure[1]));
            }
            for (String region : removed) {
                replication = replication.withoutRegion(region);
            }
            return key.toBuilder().replication(replication.regions().isEmpty() ? null : replication).build();
        });
        LOG.info("replicated {}: synchronized {}, failed {}, removed {}", keyId, synced, failed.size(),
                removed);
    }

    /** The replica of {@code primary} in {@code region}, its material sealed under that Region's storage key. */
    private static void writeReplica(StoredKey primary, KeyMaterial material, String primaryRegion, String region,
                                     Services target) {
        String block = target.sealer().seal(primary.account(), primary.keyId(), primary.attributes(),
                primary.exportable(), material);
        StoredKey replica = primary.toBuilder()
                .keyArn(KeyArns.keyArn(region, primary.account(), primary.keyId()))
                .keyBlock(block)
                .replication(new KeyReplication(KeyReplication.Role.REPLICA, primaryRegion, null, false))
                .version(1)
                .build();
        Optional<StoredKey> existing = target.keyStore().findKey(primary.account(), primary.keyId());
        if (existing.isPresent()) {
            target.keyStore().replaceKey(replica.toBuilder().version(existing.get().version() + 1).build());
        } else {
            target.keyStore().createKey(replica);
        }
    }

    private static List<String> regions(Event event, String member) {
        List<String> regions = new ArrayList<>();
        event.detail().path(member).forEach(region -> regions.add(region.asText()));
        return regions;
    }
}
