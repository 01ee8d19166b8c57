package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.TagResourceInput;
import dev.paycrypto.api.control.TagResourceOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** TagResource: adds or replaces tags of a key. */
public final class TagResource extends OperationFunction<TagResourceInput, TagResourceOutput> {

    public TagResource() {
        super(ControlPlaneOperations.TAG_RESOURCE);
    }

    public TagResource(Services services) {
        super(ControlPlaneOperations.TAG_RESOURCE, services);
    }

    @Override
    protected TagResourceOutput handle(TagResourceInput request, Services services, CallContext context) {
        return services.useCases().tags().tag(request, context);
    }
}
