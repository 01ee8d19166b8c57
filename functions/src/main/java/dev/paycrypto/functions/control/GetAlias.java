package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.GetAliasInput;
import dev.paycrypto.api.control.GetAliasOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** GetAlias: an alias and the key it names. */
public final class GetAlias extends OperationFunction<GetAliasInput, GetAliasOutput> {

    public GetAlias() {
        super(ControlPlaneOperations.GET_ALIAS);
    }

    public GetAlias(Services services) {
        super(ControlPlaneOperations.GET_ALIAS, services);
    }

    @Override
    protected GetAliasOutput handle(GetAliasInput request, Services services, CallContext context) {
        return services.useCases().aliases().get(request, context);
    }
}
