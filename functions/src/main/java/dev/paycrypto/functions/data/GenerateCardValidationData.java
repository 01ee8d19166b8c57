package dev.paycrypto.functions.data;

import dev.paycrypto.api.data.DataPlaneOperations;
import dev.paycrypto.api.data.GenerateCardValidationDataInput;
import dev.paycrypto.api.data.GenerateCardValidationDataOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** GenerateCardValidationData: a CVV, iCVV, CVV2, dCVV or CVC3 for a card, under its key. */
public final class GenerateCardValidationData extends OperationFunction<GenerateCardValidationDataInput, GenerateCardValidationDataOutput> {

    public GenerateCardValidationData() {
        super(DataPlaneOperations.GENERATE_CARD_VALIDATION_DATA);
    }

    public GenerateCardValidationData(Services services) {
        super(DataPlaneOperations.GENERATE_CARD_VALIDATION_DATA, services);
    }

    @Override
    protected GenerateCardValidationDataOutput handle(GenerateCardValidationDataInput request, Services services, CallContext context) {
        return services.useCases().cardValidation().generate(request, context);
    }
}
