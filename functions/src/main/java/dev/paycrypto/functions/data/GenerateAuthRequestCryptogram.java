package dev.paycrypto.functions.data;

import dev.paycrypto.api.data.DataPlaneOperations;
import dev.paycrypto.api.data.GenerateAuthRequestCryptogramInput;
import dev.paycrypto.api.data.GenerateAuthRequestCryptogramOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** GenerateAuthRequestCryptogram: the ARQC a card would compute over the transaction data (for test harnesses and card simulators). */
public final class GenerateAuthRequestCryptogram extends OperationFunction<GenerateAuthRequestCryptogramInput, GenerateAuthRequestCryptogramOutput> {

    public GenerateAuthRequestCryptogram() {
        super(DataPlaneOperations.GENERATE_AUTH_REQUEST_CRYPTOGRAM);
    }

    public GenerateAuthRequestCryptogram(Services services) {
        super(DataPlaneOperations.GENERATE_AUTH_REQUEST_CRYPTOGRAM, services);
    }

    @Override
    protected GenerateAuthRequestCryptogramOutput handle(GenerateAuthRequestCryptogramInput request, Services services, CallContext context) {
        return services.useCases().authorizationCryptograms().generate(request, context);
    }
}
