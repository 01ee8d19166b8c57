package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.GetDefaultKeyReplicationRegionsInput;
import dev.paycrypto.api.control.GetDefaultKeyReplicationRegionsOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** GetDefaultKeyReplicationRegions: the Regions the account's new symmetric keys are replicated to. */
public final class GetDefaultKeyReplicationRegions extends OperationFunction<GetDefaultKeyReplicationRegionsInput, GetDefaultKeyReplicationRegionsOutput> {

    public GetDefaultKeyReplicationRegions() {
        super(ControlPlaneOperations.GET_DEFAULT_KEY_REPLICATION_REGIONS);
    }

    public GetDefaultKeyReplicationRegions(Services services) {
        super(ControlPlaneOperations.GET_DEFAULT_KEY_REPLICATION_REGIONS, services);
    }

    @Override
    protected GetDefaultKeyReplicationRegionsOutput handle(GetDefaultKeyReplicationRegionsInput request, Services services, CallContext context) {
        return services.useCases().replication().getDefaults(request, context);
    }
}
