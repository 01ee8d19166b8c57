package dev.paycrypto.app.policies;

import dev.paycrypto.api.ApiOperation;
import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.data.DataPlaneOperations;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.AccessDeniedException;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.policies.PolicyEvaluator.Decision;
import dev.paycrypto.keys.store.ResourcePolicyRepository;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a call may use a key, by the key's resource-based policy; the one place authorization of key use happens
 * ({@code KeyResolver} asks it for every key it resolves). Identity (IAM) policies do not exist in PayCrypto: a
 * caller may do everything in its own account unless the key's policy explicitly denies it, and may use another
 * account's key only through an operation that supports cross-account use and only if that key's policy allows it
 * and does not deny it. The three policy operations are never governed by a policy, so an owner cannot lock
 * itself out. A refusal is an {@link AccessDeniedException} naming the action and the key, nothing else.
 */
public final class KeyAccess {

    /** The operations the model documents as supporting cross-account use: all of the data plane, and these. */
    private static final Set<ApiOperation<?, ?>> CROSS_ACCOUNT = crossAccount();
    private static final Set<ApiOperation<?, ?>> POLICY_OPERATIONS = Set.of(
            ControlPlaneOperations.PUT_RESOURCE_POLICY, ControlPlaneOperations.GET_RESOURCE_POLICY,
            ControlPlaneOperations.DELETE_RESOURCE_POLICY);

    private final ResourcePolicyRepository policies;

    public KeyAccess(ResourcePolicyRepository policies) {
        this.policies = policies;
    }

    /** Whether {@code operation} may name a key of another account. */
    public static boolean supportsCrossAccount(ApiOperation<?, ?> operation) {
        return CROSS_ACCOUNT.contains(operation);
    }

    /**
     * Refuses the call unless it may use the key {@code keyArn} of {@code owner}: for the key's own account, only
     * an explicit Deny refuses; for another account, an Allow is needed too. A key of another account that does not
     * exist is refused the same way, so that a caller learns nothing of another account's keys.
     */
    public void authorize(CallContext context, String owner, String keyId, String keyArn) {
        boolean sameAccount = owner.equals(context.account());
        ApiOperation<?, ?> operation = context.operation();
        if (sameAccount && (operation == null || POLICY_OPERATIONS.contains(operation))) {
            return;
        }
        if (!sameAccount && (operation == null || !supportsCrossAccount(operation))) {
            throw denied(context, keyArn, operation == null ? "calls of the service itself stay in their account"
                    : operation.name() + " can't be used across different AWS accounts");
        }
        Optional<String> stored = policies.findResourcePolicy(owner, keyId);
        if (stored.isEmpty()) {
            if (sameAccount) {
                return;
            }
            throw denied(context, keyArn, "no resource-based policy allows the action");
        }
        Decision decision = decide(stored.get(), context, keyArn);
        if (decision == Decision.DENY) {
            throw denied(context, keyArn, "of an explicit deny in a resource-based policy");
        }
        if (!sameAccount && decision != Decision.ALLOW) {
            throw denied(context, keyArn, "no resource-based policy allows the action");
        }
    }

    private static Decision decide(String policy, CallContext context, String keyArn) {
        PolicyDocument document;
        try {
            document = PolicyParser.parse(policy, keyArn);
        } catch (ValidationException e) {
            // a stored policy this version would not accept grants nothing and is read as a Deny: the owner
            // can still replace or delete it, the policy operations being outside it
            return Decision.DENY;
        }
        return PolicyEvaluator.evaluate(document, new AccessRequest(context.account(), context.principal(),
                action(context.operation()), keyArn, context.request()));
    }

    static String action(ApiOperation<?, ?> operation) {
        return PolicyParser.ACTION_PREFIX + operation.name();
    }

    private static AccessDeniedException denied(CallContext context, String keyArn, String because) {
        String who = context.principal() == null ? "account " + context.account() : context.principal();
        String action = context.operation() == null ? "payment-cryptography" : action(context.operation());
        return new AccessDeniedException("User: " + who + " is not authorized to perform: " + action
                + " on resource: " + keyArn + " because " + because);
    }

    private static Set<ApiOperation<?, ?>> crossAccount() {
        Set<ApiOperation<?, ?>> operations = new HashSet<>(DataPlaneOperations.ALL.values());
        operations.addAll(Set.of(ControlPlaneOperations.ADD_KEY_REPLICATION_REGIONS,
                ControlPlaneOperations.DELETE_KEY, ControlPlaneOperations.EXPORT_KEY, ControlPlaneOperations.GET_KEY,
                ControlPlaneOperations.GET_PUBLIC_KEY_CERTIFICATE, ControlPlaneOperations.IMPORT_KEY,
                ControlPlaneOperations.LIST_TAGS_FOR_RESOURCE, ControlPlaneOperations.REMOVE_KEY_REPLICATION_REGIONS,
                ControlPlaneOperations.RESTORE_KEY, ControlPlaneOperations.START_KEY_USAGE,
                ControlPlaneOperations.STOP_KEY_USAGE, ControlPlaneOperations.TAG_RESOURCE,
                ControlPlaneOperations.UNTAG_RESOURCE));
        return Set.copyOf(operations);
    }
}
