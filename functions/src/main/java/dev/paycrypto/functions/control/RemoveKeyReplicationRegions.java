package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.RemoveKeyReplicationRegionsInput;
import dev.paycrypto.api.control.RemoveKeyReplicationRegionsOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** RemoveKeyReplicationRegions: withdraws a primary key from Regions; the replication worker deletes the replicas. */
public final class RemoveKeyReplicationRegions extends OperationFunction<RemoveKeyReplicationRegionsInput, RemoveKeyReplicationRegionsOutput> {

    public RemoveKeyReplicationRegions() {
        super(ControlPlaneOperations.REMOVE_KEY_REPLICATION_REGIONS);
    }

    public RemoveKeyReplicationRegions(Services services) {
        super(ControlPlaneOperations.REMOVE_KEY_REPLICATION_REGIONS, services);
    }

    @Override
    protected RemoveKeyReplicationRegionsOutput handle(RemoveKeyReplicationRegionsInput request, Services services, CallContext context) {
        return services.useCases().replication().remove(request, context);
    }
}
