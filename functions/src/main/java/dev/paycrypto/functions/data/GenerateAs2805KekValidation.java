package dev.paycrypto.functions.data;

import dev.paycrypto.api.data.DataPlaneOperations;
import dev.paycrypto.api.data.GenerateAs2805KekValidationInput;
import dev.paycrypto.api.data.GenerateAs2805KekValidationOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** GenerateAs2805KekValidation: an AS2805 KEK validation request (KRs, KRr) or the answer to a partner's KRs. */
public final class GenerateAs2805KekValidation
        extends OperationFunction<GenerateAs2805KekValidationInput, GenerateAs2805KekValidationOutput> {

    public GenerateAs2805KekValidation() {
        super(DataPlaneOperations.GENERATE_AS2805_KEK_VALIDATION);
    }

    public GenerateAs2805KekValidation(Services services) {
        super(DataPlaneOperations.GENERATE_AS2805_KEK_VALIDATION, services);
    }

    @Override
    protected GenerateAs2805KekValidationOutput handle(GenerateAs2805KekValidationInput request, Services services,
                                                       CallContext context) {
        return services.useCases().as2805KekValidation().generate(request, context);
    }
}
