package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.RestoreKeyInput;
import dev.paycrypto.api.control.RestoreKeyOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** RestoreKey: takes back a key pending deletion. */
public final class RestoreKey extends OperationFunction<RestoreKeyInput, RestoreKeyOutput> {

    public RestoreKey() {
        super(ControlPlaneOperations.RESTORE_KEY);
    }

    public RestoreKey(Services services) {
        super(ControlPlaneOperations.RESTORE_KEY, services);
    }

    @Override
    protected RestoreKeyOutput handle(RestoreKeyInput request, Services services, CallContext context) {
        return services.useCases().keyManagement().restore(request, context);
    }
}
