package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.CreateKeyInput;
import dev.paycrypto.api.control.CreateKeyOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** CreateKey: a new key of generated material, replicated as asked or to the account's default Regions. */
public final class CreateKey extends OperationFunction<CreateKeyInput, CreateKeyOutput> {

    public CreateKey() {
        super(ControlPlaneOperations.CREATE_KEY);
    }

    public CreateKey(Services services) {
        super(ControlPlaneOperations.CREATE_KEY, services);
    }

    @Override
    protected CreateKeyOutput handle(CreateKeyInput request, Services services, CallContext context) {
        return services.useCases().keyManagement().create(request, context);
    }
}
