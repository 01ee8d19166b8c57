package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.EnableDefaultKeyReplicationRegionsInput;
import dev.paycrypto.api.control.EnableDefaultKeyReplicationRegionsOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** EnableDefaultKeyReplicationRegions: adds Regions the account's new symmetric keys are replicated to. */
public final class EnableDefaultKeyReplicationRegions extends OperationFunction<EnableDefaultKeyReplicationRegionsInput, EnableDefaultKeyReplicationRegionsOutput> {

    public EnableDefaultKeyReplicationRegions() {
        super(ControlPlaneOperations.ENABLE_DEFAULT_KEY_REPLICATION_REGIONS);
    }

    public EnableDefaultKeyReplicationRegions(Services services) {
        super(ControlPlaneOperations.ENABLE_DEFAULT_KEY_REPLICATION_REGIONS, services);
    }

    @Override
    protected EnableDefaultKeyReplicationRegionsOutput handle(EnableDefaultKeyReplicationRegionsInput request, Services services, CallContext context) {
        return services.useCases().replication().enableDefaults(request, context);
    }
}
