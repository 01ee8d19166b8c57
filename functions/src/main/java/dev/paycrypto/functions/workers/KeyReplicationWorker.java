package dev.paycrypto.functions.workers;

import dev.paycrypto.app.events.DetailType;
import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.events.EventRefusedException;
import dev.paycrypto.app.events.KeyEvents;
import dev.paycrypto.app.keys.KeyChanges;
import dev.paycrypto.keys.KeyArns;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyReplication;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.service.runtime.Services;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On {@code Key Replication Requested}: writes a replica of the primary into each added Region — the same key id,
 * attributes and check value, the material re-sealed under that Region's storage key, read-only — and deletes the
 * replica of each removed Region, then records the outcome on the primary (SYNCHRONIZED, or FAILED with the
 * reason). Idempotent: a replica already there is rewritten, one already gone stays gone.
 *
 * <p>The event only says what to do; the primary's stored replication state says what was asked. Before anything is
 * written, in any Region, every condition is checked, and an event that fails one is refused:
 * <ul>
 * <li>the key exists in the event's Region and is not a replica; no Region named is the key's own;</li>
 * <li>each added Region is one the primary's state lists as asked for (IN_PROGRESS, or SYNCHRONIZED / FAILED on a
 * redelivery); each removed Region is DELETE_IN_PROGRESS there, or already gone from it (a redelivery);</li>
 * <li>in another Region, a key of the same id is overwritten or deleted only if it is a replica of this primary
 * (role REPLICA, primary Region the event's): never a primary, never a replica of another Region's key.</li>
 * </ul>
 */
public final class KeyReplicationWorker extends EventWorker {

    private static final Logger LOG = LoggerFactory.getLogger(KeyReplicationWorker.class);

    /** The states of a Region an add may find on the primary: asked for, or already done by an earlier delivery. */
    private static final Set<KeyReplication.State> ADD_REQUESTED = EnumSet.of(KeyReplication.State.IN_PROGRESS,
            KeyReplication.State.SYNCHRONIZED, KeyReplication.State.FAILED);

    /** Another Region's store, and what it holds under the key's id (checked before any change). */
    private record RegionCopy(String region, Services services, Optional<StoredKey> existing) {
    }

    public KeyReplicationWorker() {
        super(DetailType.KEY_REPLICATION_REQUESTED);
    }

    public KeyReplicationWorker(Services services) {
        super(DetailType.KEY_REPLICATION_REQUESTED, services);
    }

    @Override
    protected void handle(Event event, Services services) {
        String keyId = KeyEvents.keyId(event);
        List<String> added = regions(event, "addRegions");
        List<String> removed = regions(event, "removeRegions");
        StoredKey primary = requireRequestedChange(event, services, keyId, added, removed);

        // every other Region checked before anything is written in any of them
        List<RegionCopy> toWrite = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        for (String region : added) {
            Optional<RegionCopy> copy = regionCopy(event, services, keyId, region);
            copy.ifPresentOrElse(toWrite::add, () -> unreachable.add(region));
        }
        List<RegionCopy> toDelete = new ArrayList<>();
        for (String region : removed) {
            regionCopy(event, services, keyId, region).filter(copy -> copy.existing().isPresent())
                    .ifPresent(toDelete::add);
        }

        writeReplicas(primary, services, toWrite);
        for (RegionCopy copy : toDelete) {
            copy.services().keyStore().deleteKey(event.account(), keyId);
        }
        services.keyStore().updateKey(event.account(), keyId, key -> {
            KeyReplication replication = key.replication();
            if (replication == null) {
                return key;
            }
            for (RegionCopy copy : toWrite) {
                replication = replication.withRegion(copy.region(),
                        new KeyReplication.RegionStatus(KeyReplication.State.SYNCHRONIZED, null));
            }
            for (String region : unreachable) {
                replication = replication.withRegion(region, new KeyReplication.RegionStatus(KeyReplication.State.FAILED,
                        "Region " + region + " is not reachable from " + event.region()));
            }
            for (String region : removed) {
                replication = replication.withoutRegion(region);
            }
            return key.toBuilder().replication(replication.regions().isEmpty() ? null : replication).build();
        });
        LOG.info("replicated {}: synchronized {}, failed {}, removed {}", keyId,
                toWrite.stream().map(RegionCopy::region).toList(), unreachable, removed);
    }

    /**
     * The primary the event names, once its stored replication state shows that the event's change was asked for.
     * A key whose last replica was removed is single-Region again: a redelivered removal finds it so, and may go on
     * (it deletes nothing but replicas of this key).
     */
    private static StoredKey requireRequestedChange(Event event, Services services, String keyId, List<String> added,
                                                    List<String> removed) {
        String keyArn = KeyArns.keyArn(event.region(), event.account(), keyId);
        Set<String> named = new HashSet<>();
        for (String region : concat(added, removed)) {
            if (region.equals(event.region())) {
                throw new EventRefusedException("Key " + keyArn + " is not replicated to its own Region " + region);
            }
            if (!named.add(region)) {
                throw new EventRefusedException("The event names Region " + region + " more than once for key "
                        + keyArn);
            }
        }
        StoredKey key = services.keyStore().findKey(event.account(), keyId).orElseThrow(() ->
                new EventRefusedException("Key " + keyArn + " does not exist"));
        requireNotReplica(key);
        KeyReplication replication = key.replication();
        Map<String, KeyReplication.RegionStatus> asked = replication == null ? Map.of() : replication.regions();
        for (String region : added) {
            KeyReplication.RegionStatus status = asked.get(region);
            if (status == null || !ADD_REQUESTED.contains(status.status())) {
                throw new EventRefusedException("Key " + keyArn + " has no replication to " + region + " asked for"
                        + (status == null ? "" : " (it is " + status.status() + ")"));
            }
        }
        for (String region : removed) {
            KeyReplication.RegionStatus status = asked.get(region);
            if (status != null && status.status() != KeyReplication.State.DELETE_IN_PROGRESS) {
                throw new EventRefusedException("Key " + keyArn + " has no removal of its replica in " + region
                        + " asked for (it is " + status.status() + ")");
            }
        }
        return key;
    }

    /**
     * The key's id in another Region, if that Region is reachable: absent, or a replica of this primary. Anything else
     * there is not this key's to overwrite or delete, and the event is refused.
     */
    private static Optional<RegionCopy> regionCopy(Event event, Services services, String keyId, String region) {
        Optional<Services> target = services.regions().of(region);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Optional<StoredKey> existing = target.get().keyStore().findKey(event.account(), keyId);
        if (existing.isPresent() && !KeyChanges.isReplicaOf(existing.get(), event.region())) {
            KeyReplication replication = existing.get().replication();
            throw new EventRefusedException("Key " + existing.get().keyArn() + " is not a replica of the primary in "
                    + event.region() + " (it is " + (replication == null ? "a single-Region key"
                    : "a " + replication.role() + " of " + replication.primaryRegion()) + ")");
        }
        return Optional.of(new RegionCopy(region, target.get(), existing));
    }

    /** Writes each replica; the primary's material is opened once, and its clear copy wiped after. */
    private static void writeReplicas(StoredKey primary, Services home, List<RegionCopy> copies) {
        if (copies.isEmpty()) {
            return;
        }
        KeyMaterial material = home.sealer().open(primary);
        try {
            for (RegionCopy copy : copies) {
                writeReplica(primary, material, home.region(), copy);
            }
        } finally {
            if (material instanceof KeyMaterial.SymmetricKey symmetric) {
                symmetric.key().wipe();
            }
        }
    }

    /**
     * The replica of {@code primary} in the copy's Region, its material sealed under that Region's storage key.
     * Replacing is conditional on the version checked, so a key that changed there since is not overwritten.
     */
    private static void writeReplica(StoredKey primary, KeyMaterial material, String primaryRegion, RegionCopy copy) {
        Services target = copy.services();
        String block = target.sealer().seal(primary.account(), primary.keyId(), primary.attributes(),
                primary.exportable(), material);
        StoredKey replica = primary.toBuilder()
                .keyArn(KeyArns.keyArn(copy.region(), primary.account(), primary.keyId()))
                .keyBlock(block)
                .replication(new KeyReplication(KeyReplication.Role.REPLICA, primaryRegion, null, false))
                .version(1)
                .build();
        if (copy.existing().isPresent()) {
            target.keyStore().replaceKey(replica.toBuilder().version(copy.existing().get().version() + 1).build());
        } else {
            target.keyStore().createKey(replica);
        }
    }

    private static List<String> regions(Event event, String member) {
        List<String> regions = new ArrayList<>();
        event.detail().path(member).forEach(region -> {
            if (!region.isTextual()) {
                throw new EventRefusedException("The event's " + member + " lists something that is not a Region");
            }
            regions.add(region.asText());
        });
        return regions;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
