package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.GetResourcePolicyInput;
import dev.paycrypto.api.control.GetResourcePolicyOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** GetResourcePolicy: the resource-based policy of a key of the caller's account. */
public final class GetResourcePolicy
        extends OperationFunction<GetResourcePolicyInput, GetResourcePolicyOutput> {

    public GetResourcePolicy() {
        super(ControlPlaneOperations.GET_RESOURCE_POLICY);
    }

    public GetResourcePolicy(Services services) {
        super(ControlPlaneOperations.GET_RESOURCE_POLICY, services);
    }

    @Override
    protected GetResourcePolicyOutput handle(GetResourcePolicyInput request, Services services,
                                              CallContext context) {
        return services.useCases().resourcePolicies().get(request, context);
    }
}
