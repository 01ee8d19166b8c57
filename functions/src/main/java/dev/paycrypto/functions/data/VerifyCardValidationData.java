package dev.paycrypto.functions.data;

import dev.paycrypto.api.data.DataPlaneOperations;
import dev.paycrypto.api.data.VerifyCardValidationDataInput;
import dev.paycrypto.api.data.VerifyCardValidationDataOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** VerifyCardValidationData: checks a card validation value against the one its key computes. */
public final class VerifyCardValidationData extends OperationFunction<VerifyCardValidationDataInput, VerifyCardValidationDataOutput> {

    public VerifyCardValidationData() {
        super(DataPlaneOperations.VERIFY_CARD_VALIDATION_DATA);
    }

    public VerifyCardValidationData(Services services) {
        super(DataPlaneOperations.VERIFY_CARD_VALIDATION_DATA, services);
    }

    @Override
    protected VerifyCardValidationDataOutput handle(VerifyCardValidationDataInput request, Services services, CallContext context) {
        return services.useCases().cardValidation().verify(request, context);
    }
}
