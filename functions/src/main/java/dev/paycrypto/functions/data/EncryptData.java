package dev.paycrypto.functions.data;

import dev.paycrypto.api.data.DataPlaneOperations;
import dev.paycrypto.api.data.EncryptDataInput;
import dev.paycrypto.api.data.EncryptDataOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** EncryptData: data encrypted under a data encryption key (symmetric modes, RSA, DUKPT or EMV). */
public final class EncryptData extends OperationFunction<EncryptDataInput, EncryptDataOutput> {

    public EncryptData() {
        super(DataPlaneOperations.ENCRYPT_DATA);
    }

    public EncryptData(Services services) {
        super(DataPlaneOperations.ENCRYPT_DATA, services);
    }

    @Override
    protected EncryptDataOutput handle(EncryptDataInput request, Services services, CallContext context) {
        return services.useCases().dataEncryption().encrypt(request, context);
    }
}
