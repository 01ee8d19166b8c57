package dev.paycrypto.service.keys;

import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyReplication;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.events.KeyEvents;
import dev.paycrypto.service.runtime.Call;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The replication Regions of a primary key (User Guide, "Replicating keys"): symmetric keys only, never the key's
 * own Region, never a replica. The change is recorded on the primary at once (IN_PROGRESS, DELETE_IN_PROGRESS) and
 * carried out by the replication worker on the {@code Key Replication Requested} event.
 */
public final class KeyReplications {

    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String DELETE_IN_PROGRESS = "DELETE_IN_PROGRESS";
    public static final String SYNCHRONIZED = "SYNCHRONIZED";
    public static final String FAILED = "FAILED";

    private KeyReplications() {
    }

    /** Whether the key is a replica (read-only: it changes and goes only with its primary). */
    public static boolean isReplica(StoredKey key) {
        return key.replication() != null && key.replication().role() == KeyReplication.Role.REPLICA;
    }

    /** Whether the key is a replica of the primary of its id in {@code primaryRegion}. */
    public static boolean isReplicaOf(StoredKey key, String primaryRegion) {
        return isReplica(key) && key.replication().primaryRegion().equals(primaryRegion);
    }

    public static StoredKey addRegions(Call call, String identifier, List<String> regions) {
        return addRegions(call, identifier, regions, false);
    }

    /** As {@link #addRegions(Call, String, List)}; {@code usingDefaults} when the Regions are the account's defaults. */
    public static StoredKey addRegions(Call call, String identifier, List<String> regions, boolean usingDefaults) {
        requireOtherRegions(call, regions);
        StoredKey changed = KeyChanges.change(call, identifier, key -> {
            KeyChanges.requireManageable(key);
            if (key.attributes().keyClass() != KeyClass.SYMMETRIC_KEY) {
                throw new ValidationException("Only symmetric keys can be replicated; key " + key.keyArn() + " is "
                        + key.attributes().keyClass());
            }
            KeyReplication replication = key.replication() != null ? key.replication()
                    : new KeyReplication(KeyReplication.Role.PRIMARY, call.region(), null, usingDefaults);
            for (String region : regions) {
                replication = replication.withRegion(region, new KeyReplication.RegionStatus(IN_PROGRESS, null));
            }
            return key.toBuilder().replication(replication).build();
        });
        call.services().events().publish(KeyEvents.replicationRequested(changed, call.region(), call.now(), regions,
                List.of()));
        return changed;
    }

    public static StoredKey removeRegions(Call call, String identifier, List<String> regions) {
        requireOtherRegions(call, regions);
        StoredKey changed = KeyChanges.change(call, identifier, key -> {
            KeyReplication replication = key.replication();
            for (String region : regions) {
                if (replication == null || !replication.regions().containsKey(region)) {
                    throw new ValidationException("Key " + key.keyArn() + " is not replicated to " + region);
                }
                replication = replication.withRegion(region,
                        new KeyReplication.RegionStatus(DELETE_IN_PROGRESS, null));
            }
            return key.toBuilder().replication(replication).build();
        });
        call.services().events().publish(KeyEvents.replicationRequested(changed, call.region(), call.now(), List.of(),
                regions));
        return changed;
    }

    /** The account's default Regions with {@code regions} added ({@code enable}) or taken away. */
    public static List<String> changeDefaults(Call call, List<String> regions, boolean enable) {
        requireOtherRegions(call, regions);
        LinkedHashSet<String> defaults = new LinkedHashSet<>(
                call.services().keyStore().defaultReplicationRegions(call.account()));
        if (enable) {
            defaults.addAll(regions);
        } else {
            defaults.removeAll(regions);
        }
        List<String> changed = List.copyOf(defaults);
        call.services().keyStore().setDefaultReplicationRegions(call.account(), changed);
        return changed;
    }

    private static void requireOtherRegions(Call call, List<String> regions) {
        if (regions.contains(call.region())) {
            throw new ValidationException("ReplicationRegions: a key is not replicated to its own Region "
                    + call.region());
        }
    }
}
