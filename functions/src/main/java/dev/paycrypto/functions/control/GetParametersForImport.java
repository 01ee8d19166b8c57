package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.GetParametersForImportInput;
import dev.paycrypto.api.control.GetParametersForImportOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** GetParametersForImport: an import token and the certificate of its RSA wrapping key, for a key cryptogram or a TR-34 key block. */
public final class GetParametersForImport extends OperationFunction<GetParametersForImportInput, GetParametersForImportOutput> {

    public GetParametersForImport() {
        super(ControlPlaneOperations.GET_PARAMETERS_FOR_IMPORT);
    }

    public GetParametersForImport(Services services) {
        super(ControlPlaneOperations.GET_PARAMETERS_FOR_IMPORT, services);
    }

    @Override
    protected GetParametersForImportOutput handle(GetParametersForImportInput request, Services services, CallContext context) {
        return services.useCases().exchangeParameters().forImport(request, context);
    }
}
