package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.GetParametersForExportInput;
import dev.paycrypto.api.control.GetParametersForExportOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** GetParametersForExport: an export token and the certificate of its RSA signing key, for the TR-34 key blocks the service exports. */
public final class GetParametersForExport extends OperationFunction<GetParametersForExportInput, GetParametersForExportOutput> {

    public GetParametersForExport() {
        super(ControlPlaneOperations.GET_PARAMETERS_FOR_EXPORT);
    }

    public GetParametersForExport(Services services) {
        super(ControlPlaneOperations.GET_PARAMETERS_FOR_EXPORT, services);
    }

    @Override
    protected GetParametersForExportOutput handle(GetParametersForExportInput request, Services services, CallContext context) {
        return services.useCases().exchangeParameters().forExport(request, context);
    }
}
