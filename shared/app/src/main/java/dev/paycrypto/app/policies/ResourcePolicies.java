package dev.paycrypto.app.policies;

import dev.paycrypto.api.control.DeleteResourcePolicyInput;
import dev.paycrypto.api.control.DeleteResourcePolicyOutput;
import dev.paycrypto.api.control.GetResourcePolicyInput;
import dev.paycrypto.api.control.GetResourcePolicyOutput;
import dev.paycrypto.api.control.PutResourcePolicyInput;
import dev.paycrypto.api.control.PutResourcePolicyOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ResourceNotFoundException;
import dev.paycrypto.app.keys.KeyChanges;
import dev.paycrypto.app.keys.KeySources;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.keys.store.ResourcePolicyRepository;

/**
 * PutResourcePolicy, GetResourcePolicy and DeleteResourcePolicy: at most one policy per key, only on a key of the
 * caller's own account and Region (these operations are never cross-account, and never governed by the policy),
 * never on a replica. Put checks the policy ({@link PolicyParser}) and replaces any earlier one. Get of a key
 * without a policy, and Delete of a policy that is not there, answer {@code ResourceNotFoundException}: the policy
 * is the resource they name. The policy goes with its key when the key is purged, not before.
 */
public final class ResourcePolicies {

    private final KeySources keys;
    private final ResourcePolicyRepository policies;

    public ResourcePolicies(KeySources keys, ResourcePolicyRepository policies) {
        this.keys = keys;
        this.policies = policies;
    }

    public PutResourcePolicyOutput put(PutResourcePolicyInput request, CallContext context) {
        StoredKey key = keys.resolver(context).resolve(request.resourceArn());
        KeyChanges.requireNotReplica(key);
        KeyChanges.requireManageable(key);
        PolicyParser.parse(request.policy(), key.keyArn());
        policies.putResourcePolicy(key.account(), key.keyId(), request.policy());
        return new PutResourcePolicyOutput(key.keyArn(), request.policy());
    }

    public GetResourcePolicyOutput get(GetResourcePolicyInput request, CallContext context) {
        StoredKey key = keys.resolver(context).resolve(request.resourceArn());
        String policy = policies.findResourcePolicy(key.account(), key.keyId())
                .orElseThrow(() -> noPolicy(key));
        return new GetResourcePolicyOutput(key.keyArn(), policy);
    }

    public DeleteResourcePolicyOutput delete(DeleteResourcePolicyInput request, CallContext context) {
        StoredKey key = keys.resolver(context).resolve(request.resourceArn());
        if (!policies.deleteResourcePolicy(key.account(), key.keyId())) {
            throw noPolicy(key);
        }
        return new DeleteResourcePolicyOutput();
    }

    private static ResourceNotFoundException noPolicy(StoredKey key) {
        return new ResourceNotFoundException("Key " + key.keyArn() + " has no resource-based policy", key.keyArn());
    }
}
