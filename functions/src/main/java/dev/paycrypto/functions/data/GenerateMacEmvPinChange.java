package dev.paycrypto.functions.data;

import dev.paycrypto.api.data.DataPlaneOperations;
import dev.paycrypto.api.data.GenerateMacEmvPinChangeInput;
import dev.paycrypto.api.data.GenerateMacEmvPinChangeOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** GenerateMacEmvPinChange: the offline PIN change issuer script: the new PIN block enciphered for the card, and its MAC. */
public final class GenerateMacEmvPinChange extends OperationFunction<GenerateMacEmvPinChangeInput, GenerateMacEmvPinChangeOutput> {

    public GenerateMacEmvPinChange() {
        super(DataPlaneOperations.GENERATE_MAC_EMV_PIN_CHANGE);
    }

    public GenerateMacEmvPinChange(Services services) {
        super(DataPlaneOperations.GENERATE_MAC_EMV_PIN_CHANGE, services);
    }

    @Override
    protected GenerateMacEmvPinChangeOutput handle(GenerateMacEmvPinChangeInput request, Services services, CallContext context) {
        return services.useCases().pinChangeScripts().generate(request, context);
    }
}
