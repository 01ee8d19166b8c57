package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.AddKeyReplicationRegionsInput;
import dev.paycrypto.api.control.AddKeyReplicationRegionsOutput;
import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** AddKeyReplicationRegions: replicates a primary key to more Regions; the replication worker makes the replicas. */
public final class AddKeyReplicationRegions extends OperationFunction<AddKeyReplicationRegionsInput, AddKeyReplicationRegionsOutput> {

    public AddKeyReplicationRegions() {
        super(ControlPlaneOperations.ADD_KEY_REPLICATION_REGIONS);
    }

    public AddKeyReplicationRegions(Services services) {
        super(ControlPlaneOperations.ADD_KEY_REPLICATION_REGIONS, services);
    }

    @Override
    protected AddKeyReplicationRegionsOutput handle(AddKeyReplicationRegionsInput request, Services services, CallContext context) {
        return services.useCases().replication().add(request, context);
    }
}
