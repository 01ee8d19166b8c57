package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.StartKeyUsageInput;
import dev.paycrypto.api.control.StartKeyUsageOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** StartKeyUsage: enables a key. */
public final class StartKeyUsage extends OperationFunction<StartKeyUsageInput, StartKeyUsageOutput> {

    public StartKeyUsage() {
        super(ControlPlaneOperations.START_KEY_USAGE);
    }

    public StartKeyUsage(Services services) {
        super(ControlPlaneOperations.START_KEY_USAGE, services);
    }

    @Override
    protected StartKeyUsageOutput handle(StartKeyUsageInput request, Services services, CallContext context) {
        return services.useCases().keyManagement().startUsage(request, context);
    }
}
