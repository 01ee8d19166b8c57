package dev.paycrypto.functions.data;

import dev.paycrypto.api.data.DataPlaneOperations;
import dev.paycrypto.api.data.ReEncryptDataInput;
import dev.paycrypto.api.data.ReEncryptDataOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** ReEncryptData: decrypts under the incoming key and encrypts under the outgoing one; the clear data stays inside. */
public final class ReEncryptData extends OperationFunction<ReEncryptDataInput, ReEncryptDataOutput> {

    public ReEncryptData() {
        super(DataPlaneOperations.RE_ENCRYPT_DATA);
    }

    public ReEncryptData(Services services) {
        super(DataPlaneOperations.RE_ENCRYPT_DATA, services);
    }

    @Override
    protected ReEncryptDataOutput handle(ReEncryptDataInput request, Services services, CallContext context) {
        return services.useCases().dataEncryption().reEncrypt(request, context);
    }
}
