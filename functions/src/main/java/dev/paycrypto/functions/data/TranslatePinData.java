package dev.paycrypto.functions.data;

import dev.paycrypto.api.data.DataPlaneOperations;
import dev.paycrypto.api.data.TranslatePinDataInput;
import dev.paycrypto.api.data.TranslatePinDataOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** TranslatePinData: re-encrypts a PIN block from one key and ISO format to another, the clear PIN never leaving the service. */
public final class TranslatePinData extends OperationFunction<TranslatePinDataInput, TranslatePinDataOutput> {

    public TranslatePinData() {
        super(DataPlaneOperations.TRANSLATE_PIN_DATA);
    }

    public TranslatePinData(Services services) {
        super(DataPlaneOperations.TRANSLATE_PIN_DATA, services);
    }

    @Override
    protected TranslatePinDataOutput handle(TranslatePinDataInput request, Services services, CallContext context) {
        return services.useCases().pins().translate(request, context);
    }
}
