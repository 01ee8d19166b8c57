package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.DisableDefaultKeyReplicationRegionsInput;
import dev.paycrypto.api.control.DisableDefaultKeyReplicationRegionsOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** DisableDefaultKeyReplicationRegions: takes away Regions the account's new symmetric keys are replicated to. */
public final class DisableDefaultKeyReplicationRegions extends OperationFunction<DisableDefaultKeyReplicationRegionsInput, DisableDefaultKeyReplicationRegionsOutput> {

    public DisableDefaultKeyReplicationRegions() {
        super(ControlPlaneOperations.DISABLE_DEFAULT_KEY_REPLICATION_REGIONS);
    }

    public DisableDefaultKeyReplicationRegions(Services services) {
        super(ControlPlaneOperations.DISABLE_DEFAULT_KEY_REPLICATION_REGIONS, services);
    }

    @Override
    protected DisableDefaultKeyReplicationRegionsOutput handle(DisableDefaultKeyReplicationRegionsInput request, Services services, CallContext context) {
        return services.useCases().replication().disableDefaults(request, context);
    }
}
