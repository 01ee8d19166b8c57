package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.GetPublicKeyCertificateInput;
import dev.paycrypto.api.control.GetPublicKeyCertificateOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** GetPublicKeyCertificate: a certificate for the public half of a key pair, issued by the account's certificate authority. */
public final class GetPublicKeyCertificate extends OperationFunction<GetPublicKeyCertificateInput, GetPublicKeyCertificateOutput> {

    public GetPublicKeyCertificate() {
        super(ControlPlaneOperations.GET_PUBLIC_KEY_CERTIFICATE);
    }

    public GetPublicKeyCertificate(Services services) {
        super(ControlPlaneOperations.GET_PUBLIC_KEY_CERTIFICATE, services);
    }

    @Override
    protected GetPublicKeyCertificateOutput handle(GetPublicKeyCertificateInput request, Services services, CallContext context) {
        return services.useCases().certificates().publicKeyCertificate(request, context);
    }
}
