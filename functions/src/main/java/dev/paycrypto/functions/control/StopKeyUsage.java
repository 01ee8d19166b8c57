package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.StopKeyUsageInput;
import dev.paycrypto.api.control.StopKeyUsageOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** StopKeyUsage: disables a key. */
public final class StopKeyUsage extends OperationFunction<StopKeyUsageInput, StopKeyUsageOutput> {

    public StopKeyUsage() {
        super(ControlPlaneOperations.STOP_KEY_USAGE);
    }

    public StopKeyUsage(Services services) {
        super(ControlPlaneOperations.STOP_KEY_USAGE, services);
    }

    @Override
    protected StopKeyUsageOutput handle(StopKeyUsageInput request, Services services, CallContext context) {
        return services.useCases().keyManagement().stopUsage(request, context);
    }
}
