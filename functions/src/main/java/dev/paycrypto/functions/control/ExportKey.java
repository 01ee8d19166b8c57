package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.ExportKeyInput;
import dev.paycrypto.api.control.ExportKeyOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** ExportKey: sends an exportable key out wrapped (TR-31, TR-34, RSA key cryptogram, ECDH-agreed TR-31), never under a weaker key. */
public final class ExportKey extends OperationFunction<ExportKeyInput, ExportKeyOutput> {

    public ExportKey() {
        super(ControlPlaneOperations.EXPORT_KEY);
    }

    public ExportKey(Services services) {
        super(ControlPlaneOperations.EXPORT_KEY, services);
    }

    @Override
    protected ExportKeyOutput handle(ExportKeyInput request, Services services, CallContext context) {
        return services.useCases().keyExport().export(request, context);
    }
}
