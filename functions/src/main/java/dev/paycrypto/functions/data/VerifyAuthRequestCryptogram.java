package dev.paycrypto.functions.data;

import dev.paycrypto.api.data.DataPlaneOperations;
import dev.paycrypto.api.data.VerifyAuthRequestCryptogramInput;
import dev.paycrypto.api.data.VerifyAuthRequestCryptogramOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** VerifyAuthRequestCryptogram: checks an ARQC and, on request, returns the ARPC (method 1 or 2). */
public final class VerifyAuthRequestCryptogram extends OperationFunction<VerifyAuthRequestCryptogramInput, VerifyAuthRequestCryptogramOutput> {

    public VerifyAuthRequestCryptogram() {
        super(DataPlaneOperations.VERIFY_AUTH_REQUEST_CRYPTOGRAM);
    }

    public VerifyAuthRequestCryptogram(Services services) {
        super(DataPlaneOperations.VERIFY_AUTH_REQUEST_CRYPTOGRAM, services);
    }

    @Override
    protected VerifyAuthRequestCryptogramOutput handle(VerifyAuthRequestCryptogramInput request, Services services, CallContext context) {
        return services.useCases().authorizationCryptograms().verify(request, context);
    }
}
