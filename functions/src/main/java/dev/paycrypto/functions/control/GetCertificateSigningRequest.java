package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.GetCertificateSigningRequestInput;
import dev.paycrypto.api.control.GetCertificateSigningRequestOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** GetCertificateSigningRequest: a PKCS #10 request for a key pair held by the service, for the caller's own authority to sign. */
public final class GetCertificateSigningRequest extends OperationFunction<GetCertificateSigningRequestInput, GetCertificateSigningRequestOutput> {

    public GetCertificateSigningRequest() {
        super(ControlPlaneOperations.GET_CERTIFICATE_SIGNING_REQUEST);
    }

    public GetCertificateSigningRequest(Services services) {
        super(ControlPlaneOperations.GET_CERTIFICATE_SIGNING_REQUEST, services);
    }

    @Override
    protected GetCertificateSigningRequestOutput handle(GetCertificateSigningRequestInput request, Services services, CallContext context) {
        return services.useCases().certificates().signingRequest(request, context);
    }
}
