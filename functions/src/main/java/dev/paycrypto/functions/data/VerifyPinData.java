package dev.paycrypto.functions.data;

import dev.paycrypto.api.data.DataPlaneOperations;
import dev.paycrypto.api.data.VerifyPinDataInput;
import dev.paycrypto.api.data.VerifyPinDataOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** VerifyPinData: checks the PIN of an encrypted PIN block (under a stored, wrapped or DUKPT key) against a Visa PVV or an IBM 3624 offset. */
public final class VerifyPinData extends OperationFunction<VerifyPinDataInput, VerifyPinDataOutput> {

    public VerifyPinData() {
        super(DataPlaneOperations.VERIFY_PIN_DATA);
    }

    public VerifyPinData(Services services) {
        super(DataPlaneOperations.VERIFY_PIN_DATA, services);
    }

    @Override
    protected VerifyPinDataOutput handle(VerifyPinDataInput request, Services services, CallContext context) {
        return services.useCases().pins().verify(request, context);
    }
}
