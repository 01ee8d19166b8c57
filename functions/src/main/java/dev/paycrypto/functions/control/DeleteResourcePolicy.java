package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.DeleteResourcePolicyInput;
import dev.paycrypto.api.control.DeleteResourcePolicyOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** DeleteResourcePolicy: removes a key's resource-based policy. */
public final class DeleteResourcePolicy
        extends OperationFunction<DeleteResourcePolicyInput, DeleteResourcePolicyOutput> {

    public DeleteResourcePolicy() {
        super(ControlPlaneOperations.DELETE_RESOURCE_POLICY);
    }

    public DeleteResourcePolicy(Services services) {
        super(ControlPlaneOperations.DELETE_RESOURCE_POLICY, services);
    }

    @Override
    protected DeleteResourcePolicyOutput handle(DeleteResourcePolicyInput request, Services services,
                                              CallContext context) {
        return services.useCases().resourcePolicies().delete(request, context);
    }
}
