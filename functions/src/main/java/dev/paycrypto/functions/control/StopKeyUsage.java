package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.StopKeyUsageInput;
import dev.paycrypto.api.control.StopKeyUsageOutput;
import dev.paycrypto.service.runtime.Call;
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
    protected StopKeyUsageOutput handle(StopKeyUsageInput request, Services services, Call call) {
        return services.useCases().keyManagement().stopUsage(request, call.context());
    }
}
