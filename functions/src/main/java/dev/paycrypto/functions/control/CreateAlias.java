package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.CreateAliasInput;
import dev.paycrypto.api.control.CreateAliasOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** CreateAlias: a friendly name for a key, or for none yet. */
public final class CreateAlias extends OperationFunction<CreateAliasInput, CreateAliasOutput> {

    public CreateAlias() {
        super(ControlPlaneOperations.CREATE_ALIAS);
    }

    public CreateAlias(Services services) {
        super(ControlPlaneOperations.CREATE_ALIAS, services);
    }

    @Override
    protected CreateAliasOutput handle(CreateAliasInput request, Services services, CallContext context) {
        return services.useCases().aliases().create(request, context);
    }
}
