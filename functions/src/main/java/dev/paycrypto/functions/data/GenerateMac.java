package dev.paycrypto.functions.data;

import dev.paycrypto.api.data.DataPlaneOperations;
import dev.paycrypto.api.data.GenerateMacInput;
import dev.paycrypto.api.data.GenerateMacOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** GenerateMac: a MAC of the message data, full length or truncated to {@code MacLength} bytes. */
public final class GenerateMac extends OperationFunction<GenerateMacInput, GenerateMacOutput> {

    public GenerateMac() {
        super(DataPlaneOperations.GENERATE_MAC);
    }

    public GenerateMac(Services services) {
        super(DataPlaneOperations.GENERATE_MAC, services);
    }

    @Override
    protected GenerateMacOutput handle(GenerateMacInput request, Services services, CallContext context) {
        return services.useCases().messageAuthentication().generate(request, context);
    }
}
