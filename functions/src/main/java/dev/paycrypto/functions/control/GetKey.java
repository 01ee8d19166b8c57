package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.GetKeyInput;
import dev.paycrypto.api.control.GetKeyOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** GetKey: a key, whatever its state. */
public final class GetKey extends OperationFunction<GetKeyInput, GetKeyOutput> {

    public GetKey() {
        super(ControlPlaneOperations.GET_KEY);
    }

    public GetKey(Services services) {
        super(ControlPlaneOperations.GET_KEY, services);
    }

    @Override
    protected GetKeyOutput handle(GetKeyInput request, Services services, CallContext context) {
        return services.useCases().keyManagement().get(request, context);
    }
}
