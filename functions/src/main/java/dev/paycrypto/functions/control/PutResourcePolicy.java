package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.PutResourcePolicyInput;
import dev.paycrypto.api.control.PutResourcePolicyOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** PutResourcePolicy: attaches a resource-based policy to a key of the caller's account, or replaces its policy. */
public final class PutResourcePolicy
        extends OperationFunction<PutResourcePolicyInput, PutResourcePolicyOutput> {

    public PutResourcePolicy() {
        super(ControlPlaneOperations.PUT_RESOURCE_POLICY);
    }

    public PutResourcePolicy(Services services) {
        super(ControlPlaneOperations.PUT_RESOURCE_POLICY, services);
    }

    @Override
    protected PutResourcePolicyOutput handle(PutResourcePolicyInput request, Services services,
                                              CallContext context) {
        return services.useCases().resourcePolicies().put(request, context);
    }
}
