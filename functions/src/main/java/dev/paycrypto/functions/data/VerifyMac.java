package dev.paycrypto.functions.data;

import dev.paycrypto.api.data.DataPlaneOperations;
import dev.paycrypto.api.data.VerifyMacInput;
import dev.paycrypto.api.data.VerifyMacOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** VerifyMac: checks a MAC (of {@code MacLength} bytes, or of the length presented) over the message data. */
public final class VerifyMac extends OperationFunction<VerifyMacInput, VerifyMacOutput> {

    public VerifyMac() {
        super(DataPlaneOperations.VERIFY_MAC);
    }

    public VerifyMac(Services services) {
        super(DataPlaneOperations.VERIFY_MAC, services);
    }

    @Override
    protected VerifyMacOutput handle(VerifyMacInput request, Services services, CallContext context) {
        return services.useCases().messageAuthentication().verify(request, context);
    }
}
