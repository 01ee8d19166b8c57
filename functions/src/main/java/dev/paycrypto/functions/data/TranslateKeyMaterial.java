package dev.paycrypto.functions.data;

import dev.paycrypto.api.data.DataPlaneOperations;
import dev.paycrypto.api.data.TranslateKeyMaterialInput;
import dev.paycrypto.api.data.TranslateKeyMaterialOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** TranslateKeyMaterial: a key from a TR-31 block under an ECDH-agreed key to one under a key of the account, never stored. */
public final class TranslateKeyMaterial extends OperationFunction<TranslateKeyMaterialInput, TranslateKeyMaterialOutput> {

    public TranslateKeyMaterial() {
        super(DataPlaneOperations.TRANSLATE_KEY_MATERIAL);
    }

    public TranslateKeyMaterial(Services services) {
        super(DataPlaneOperations.TRANSLATE_KEY_MATERIAL, services);
    }

    @Override
    protected TranslateKeyMaterialOutput handle(TranslateKeyMaterialInput request, Services services, CallContext context) {
        return services.useCases().keyTranslation().translate(request, context);
    }
}
