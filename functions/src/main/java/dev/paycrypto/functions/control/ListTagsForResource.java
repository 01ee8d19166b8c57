package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.ListTagsForResourceInput;
import dev.paycrypto.api.control.ListTagsForResourceOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** ListTagsForResource: the tags of a key. */
public final class ListTagsForResource extends OperationFunction<ListTagsForResourceInput, ListTagsForResourceOutput> {

    public ListTagsForResource() {
        super(ControlPlaneOperations.LIST_TAGS_FOR_RESOURCE);
    }

    public ListTagsForResource(Services services) {
        super(ControlPlaneOperations.LIST_TAGS_FOR_RESOURCE, services);
    }

    @Override
    protected ListTagsForResourceOutput handle(ListTagsForResourceInput request, Services services, CallContext context) {
        return services.useCases().tags().list(request, context);
    }
}
