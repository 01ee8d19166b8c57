package dev.paycrypto.app.replication;

import dev.paycrypto.api.control.AddKeyReplicationRegionsInput;
import dev.paycrypto.api.control.AddKeyReplicationRegionsOutput;
import dev.paycrypto.api.control.DisableDefaultKeyReplicationRegionsInput;
import dev.paycrypto.api.control.DisableDefaultKeyReplicationRegionsOutput;
import dev.paycrypto.api.control.EnableDefaultKeyReplicationRegionsInput;
import dev.paycrypto.api.control.EnableDefaultKeyReplicationRegionsOutput;
import dev.paycrypto.api.control.GetDefaultKeyReplicationRegionsInput;
import dev.paycrypto.api.control.GetDefaultKeyReplicationRegionsOutput;
import dev.paycrypto.api.control.RemoveKeyReplicationRegionsInput;
import dev.paycrypto.api.control.RemoveKeyReplicationRegionsOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.events.EventBus;
import dev.paycrypto.app.events.KeyEvents;
import dev.paycrypto.app.keys.KeyChanges;
import dev.paycrypto.app.keys.KeyShapes;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyReplication;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.keys.store.KeyStore;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The replication Regions of a primary key (User Guide, "Replicating keys"): symmetric keys only, never the key's
 * own Region, never a replica. The change is recorded on the primary at once (IN_PROGRESS, DELETE_IN_PROGRESS) and
 * carried out by the replication worker on the {@code Key Replication Requested} event. And the account's default
 * Regions, to which its new symmetric keys are replicated.
 */
public final class Replication {

    private final KeyStore store;
    private final KeyChanges changes;
    private final EventBus events;

    public Replication(KeyStore store, KeyChanges changes, EventBus events) {
        this.store = store;
        this.changes = changes;
        this.events = events;
    }

    /** AddKeyReplicationRegions: the worker makes the replicas. */
    public AddKeyReplicationRegionsOutput add(AddKeyReplicationRegionsInput request, CallContext context) {
        return new AddKeyReplicationRegionsOutput(KeyShapes.key(
                addRegions(context, request.keyIdentifier(), request.replicationRegions(), false)));
    }

    /** RemoveKeyReplicationRegions: the worker deletes the replicas. */
    public RemoveKeyReplicationRegionsOutput remove(RemoveKeyReplicationRegionsInput request, CallContext context) {
        List<String> regions = request.replicationRegions();
        requireOtherRegions(context, regions);
        StoredKey changed = changes.change(context, request.keyIdentifier(), key -> {
            KeyReplication replication = key.replication();
            for (String region : regions) {
                if (replication == null || !replication.regions().containsKey(region)) {
                    throw new ValidationException("Key " + key.keyArn() + " is not replicated to " + region);
                }
                replication = replication.withRegion(region,
                        new KeyReplication.RegionStatus(KeyReplication.State.DELETE_IN_PROGRESS, null));
            }
            return key.toBuilder().replication(replication).build();
        });
        events.publish(KeyEvents.replicationRequested(changed, context.region(), context.now(), List.of(), regions));
        return new RemoveKeyReplicationRegionsOutput(KeyShapes.key(changed));
    }

    public EnableDefaultKeyReplicationRegionsOutput enableDefaults(EnableDefaultKeyReplicationRegionsInput request,
                                                                   CallContext context) {
        return new EnableDefaultKeyReplicationRegionsOutput(
                changeDefaults(context, request.replicationRegions(), true));
    }

    public DisableDefaultKeyReplicationRegionsOutput disableDefaults(DisableDefaultKeyReplicationRegionsInput request,
                                                                     CallContext context) {
        return new DisableDefaultKeyReplicationRegionsOutput(
                changeDefaults(context, request.replicationRegions(), false));
    }

    public GetDefaultKeyReplicationRegionsOutput getDefaults(GetDefaultKeyReplicationRegionsInput request,
                                                             CallContext context) {
        return new GetDefaultKeyReplicationRegionsOutput(defaults(context));
    }

    /** The Regions a new key of the caller is replicated to when its request names none. */
    public List<String> defaults(CallContext context) {
        return store.defaultReplicationRegions(context.account());
    }

    /**
     * Records the replication of a primary key to {@code regions} and asks the worker for it; {@code usingDefaults}
     * when the Regions are the account's defaults.
     */
    public StoredKey addRegions(CallContext context, String identifier, List<String> regions, boolean usingDefaults) {
        requireOtherRegions(context, regions);
        StoredKey changed = changes.manage(context, identifier, key -> {
            if (key.attributes().keyClass() != KeyClass.SYMMETRIC_KEY) {
                throw new ValidationException("Only symmetric keys can be replicated; key " + key.keyArn() + " is "
                        + key.attributes().keyClass());
            }
            KeyReplication replication = key.replication() != null ? key.replication()
                    : new KeyReplication(KeyReplication.Role.PRIMARY, context.region(), null, usingDefaults);
            for (String region : regions) {
                replication = replication.withRegion(region,
                        new KeyReplication.RegionStatus(KeyReplication.State.IN_PROGRESS, null));
            }
            return key.toBuilder().replication(replication).build();
        });
        events.publish(KeyEvents.replicationRequested(changed, context.region(), context.now(), regions, List.of()));
        return changed;
    }

    /**
     * Carries a change of a primary's metadata (its usage started or stopped) to its replicas: "changes to a Primary
     * Region key metadata, such as key attributes, state, and enablement, are automatically replicated" (User
     * Guide, "Multi-Region key replication"). The worker rewrites each replica from the primary's state as stored
     * when it runs, so events that arrive late or twice leave the replicas as the primary is. Regions being
     * removed are left to their removal; a key that is no primary has nothing to carry.
     */
    public void propagate(StoredKey changed, CallContext context) {
        KeyReplication replication = changed.replication();
        if (replication == null || replication.role() != KeyReplication.Role.PRIMARY) {
            return;
        }
        List<String> replicas = replication.regions().entrySet().stream()
                .filter(region -> region.getValue().status() != KeyReplication.State.DELETE_IN_PROGRESS)
                .map(java.util.Map.Entry::getKey).sorted().toList();
        if (!replicas.isEmpty()) {
            events.publish(KeyEvents.replicationRequested(changed, context.region(), context.now(), replicas,
                    List.of()));
        }
    }

    /** The account's default Regions with {@code regions} added ({@code enable}) or taken away. */
    private List<String> changeDefaults(CallContext context, List<String> regions, boolean enable) {
        requireOtherRegions(context, regions);
        LinkedHashSet<String> defaults = new LinkedHashSet<>(defaults(context));
        if (enable) {
            defaults.addAll(regions);
        } else {
            defaults.removeAll(regions);
        }
        List<String> changed = List.copyOf(defaults);
        store.setDefaultReplicationRegions(context.account(), changed);
        return changed;
    }

    private static void requireOtherRegions(CallContext context, List<String> regions) {
        if (regions.contains(context.region())) {
            throw new ValidationException("ReplicationRegions: a key is not replicated to its own Region "
                    + context.region());
        }
    }
}
