package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.ListAliasesInput;
import dev.paycrypto.api.control.ListAliasesOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** ListAliases: the caller's aliases, of one key if asked, a page at a time. */
public final class ListAliases extends OperationFunction<ListAliasesInput, ListAliasesOutput> {

    public ListAliases() {
        super(ControlPlaneOperations.LIST_ALIASES);
    }

    public ListAliases(Services services) {
        super(ControlPlaneOperations.LIST_ALIASES, services);
    }

    @Override
    protected ListAliasesOutput handle(ListAliasesInput request, Services services, CallContext context) {
        return services.useCases().aliases().list(request, context);
    }
}
