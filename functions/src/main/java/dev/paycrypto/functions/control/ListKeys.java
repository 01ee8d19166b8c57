package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.ListKeysInput;
import dev.paycrypto.api.control.ListKeysOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** ListKeys: the caller's keys in this Region, a page at a time. */
public final class ListKeys extends OperationFunction<ListKeysInput, ListKeysOutput> {

    public ListKeys() {
        super(ControlPlaneOperations.LIST_KEYS);
    }

    public ListKeys(Services services) {
        super(ControlPlaneOperations.LIST_KEYS, services);
    }

    @Override
    protected ListKeysOutput handle(ListKeysInput request, Services services, CallContext context) {
        return services.useCases().keyManagement().list(request, context);
    }
}
