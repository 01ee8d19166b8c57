package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.UpdateAliasInput;
import dev.paycrypto.api.control.UpdateAliasOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** UpdateAlias: points an alias at another key, or at none. */
public final class UpdateAlias extends OperationFunction<UpdateAliasInput, UpdateAliasOutput> {

    public UpdateAlias() {
        super(ControlPlaneOperations.UPDATE_ALIAS);
    }

    public UpdateAlias(Services services) {
        super(ControlPlaneOperations.UPDATE_ALIAS, services);
    }

    @Override
    protected UpdateAliasOutput handle(UpdateAliasInput request, Services services, CallContext context) {
        return services.useCases().aliases().update(request, context);
    }
}
