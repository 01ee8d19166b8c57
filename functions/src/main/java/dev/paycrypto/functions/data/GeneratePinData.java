package dev.paycrypto.functions.data;

import dev.paycrypto.api.data.DataPlaneOperations;
import dev.paycrypto.api.data.GeneratePinDataInput;
import dev.paycrypto.api.data.GeneratePinDataOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** GeneratePinData: a PIN and its verification data (Visa PVV, IBM 3624 offset), the PIN leaving only encrypted. */
public final class GeneratePinData extends OperationFunction<GeneratePinDataInput, GeneratePinDataOutput> {

    public GeneratePinData() {
        super(DataPlaneOperations.GENERATE_PIN_DATA);
    }

    public GeneratePinData(Services services) {
        super(DataPlaneOperations.GENERATE_PIN_DATA, services);
    }

    @Override
    protected GeneratePinDataOutput handle(GeneratePinDataInput request, Services services, CallContext context) {
        return services.useCases().pins().generate(request, context);
    }
}
