package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.UntagResourceInput;
import dev.paycrypto.api.control.UntagResourceOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** UntagResource: removes tags of a key. */
public final class UntagResource extends OperationFunction<UntagResourceInput, UntagResourceOutput> {

    public UntagResource() {
        super(ControlPlaneOperations.UNTAG_RESOURCE);
    }

    public UntagResource(Services services) {
        super(ControlPlaneOperations.UNTAG_RESOURCE, services);
    }

    @Override
    protected UntagResourceOutput handle(UntagResourceInput request, Services services, CallContext context) {
        return services.useCases().tags().untag(request, context);
    }
}
