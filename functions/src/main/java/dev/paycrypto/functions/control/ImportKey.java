package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.ImportKeyInput;
import dev.paycrypto.api.control.ImportKeyOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** ImportKey: brings in key material: wrapped symmetric keys (TR-31, TR-34, RSA key cryptogram, ECDH-agreed TR-31) and public-key certificates. */
public final class ImportKey extends OperationFunction<ImportKeyInput, ImportKeyOutput> {

    public ImportKey() {
        super(ControlPlaneOperations.IMPORT_KEY);
    }

    public ImportKey(Services services) {
        super(ControlPlaneOperations.IMPORT_KEY, services);
    }

    @Override
    protected ImportKeyOutput handle(ImportKeyInput request, Services services, CallContext context) {
        return services.useCases().keyImport().importKey(request, context);
    }
}
