package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.DeleteKeyInput;
import dev.paycrypto.api.control.DeleteKeyOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** DeleteKey: schedules a key's deletion after its waiting period. */
public final class DeleteKey extends OperationFunction<DeleteKeyInput, DeleteKeyOutput> {

    public DeleteKey() {
        super(ControlPlaneOperations.DELETE_KEY);
    }

    public DeleteKey(Services services) {
        super(ControlPlaneOperations.DELETE_KEY, services);
    }

    @Override
    protected DeleteKeyOutput handle(DeleteKeyInput request, Services services, CallContext context) {
        return services.useCases().keyManagement().delete(request, context);
    }
}
