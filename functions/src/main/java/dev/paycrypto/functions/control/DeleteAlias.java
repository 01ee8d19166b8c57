package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.DeleteAliasInput;
import dev.paycrypto.api.control.DeleteAliasOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** DeleteAlias: removes an alias; its key stays. */
public final class DeleteAlias extends OperationFunction<DeleteAliasInput, DeleteAliasOutput> {

    public DeleteAlias() {
        super(ControlPlaneOperations.DELETE_ALIAS);
    }

    public DeleteAlias(Services services) {
        super(ControlPlaneOperations.DELETE_ALIAS, services);
    }

    @Override
    protected DeleteAliasOutput handle(DeleteAliasInput request, Services services, CallContext context) {
        return services.useCases().aliases().delete(request, context);
    }
}
