package dev.paycrypto.functions.data;

import dev.paycrypto.api.data.DataPlaneOperations;
import dev.paycrypto.api.data.DecryptDataInput;
import dev.paycrypto.api.data.DecryptDataOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** DecryptData: data decrypted under a data encryption key (symmetric modes, RSA, DUKPT or EMV). */
public final class DecryptData extends OperationFunction<DecryptDataInput, DecryptDataOutput> {

    public DecryptData() {
        super(DataPlaneOperations.DECRYPT_DATA);
    }

    public DecryptData(Services services) {
        super(DataPlaneOperations.DECRYPT_DATA, services);
    }

    @Override
    protected DecryptDataOutput handle(DecryptDataInput request, Services services, CallContext context) {
        return services.useCases().dataEncryption().decrypt(request, context);
    }
}
