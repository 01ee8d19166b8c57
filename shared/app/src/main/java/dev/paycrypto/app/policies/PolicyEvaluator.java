package dev.paycrypto.app.policies;

import dev.paycrypto.app.policies.PolicyDocument.Effect;
import dev.paycrypto.app.policies.PolicyDocument.Statement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * IAM's evaluation of one key policy for one request: a statement applies when its principal, action and every
 * condition match; an applicable Deny wins over any Allow; without an applicable Allow nothing is granted.
 */
public final class PolicyEvaluator {

    /** What a policy says of a request. */
    public enum Decision { ALLOW, DENY, NOT_ALLOWED }

    private static final Pattern ROOT = Pattern.compile("arn:aws[a-z-]*:iam::(\\d{12}):root");

    private PolicyEvaluator() {
    }

    public static Decision evaluate(PolicyDocument policy, AccessRequest request) {
        boolean allowed = false;
        for (Statement statement : policy.statements()) {
            if (applies(statement, request)) {
                if (statement.effect() == Effect.DENY) {
                    return Decision.DENY;
                }
                allowed = true;
            }
        }
        return allowed ? Decision.ALLOW : Decision.NOT_ALLOWED;
    }

    private static boolean applies(Statement statement, AccessRequest request) {
        return principalMatches(statement.principals(), request) != statement.notPrincipal()
                && actionMatches(statement.actions(), request.action()) != statement.notAction()
                && statement.conditions().stream().allMatch(condition -> holds(condition, request));
    }

    /**
     * A principal names the caller if it is {@code "*"} (Deny only), the caller's account id or its {@code root}
     * ARN (the whole account), or exactly the caller's own ARN (for a role session, the session's or its role's):
     * naming one user grants nothing to the account's other users.
     */
    private static boolean principalMatches(List<String> principals, AccessRequest request) {
        for (String principal : principals) {
            var root = ROOT.matcher(principal);
            if (principal.equals("*") || principal.equals(request.principalAccount())
                    || root.matches() && root.group(1).equals(request.principalAccount())
                    || principal.equals(request.principalArn()) || principal.equals(request.identityArn())) {
                return true;
            }
        }
        return false;
    }

    private static boolean actionMatches(List<String> patterns, String action) {
        return patterns.stream().anyMatch(pattern -> Wildcards.matches(pattern, action, true));
    }

    /**
     * Whether a condition holds. A key absent from the request: {@code Null} holds for "true"; with {@code IfExists}
     * or {@code ForAllValues:} it holds; with {@code ForAnyValue:} it does not; otherwise only a negated operator
     * holds (IAM: no value matches).
     */
    static boolean holds(Condition condition, AccessRequest request) {
        List<String> present = condition.key().valuesIn(request, condition.keyName());
        ConditionOperator operator = condition.operator();
        if (operator == ConditionOperator.NULL) {
            boolean absent = present == null;
            return condition.values().stream().anyMatch(value -> Boolean.parseBoolean(value) == absent);
        }
        if (present == null) {
            return condition.ifExists() || condition.qualifier() == Condition.SetQualifier.FOR_ALL_VALUES
                    || condition.qualifier() == Condition.SetQualifier.NONE && operator.negated();
        }
        if (condition.qualifier() == Condition.SetQualifier.FOR_ALL_VALUES) {
            return present.stream().allMatch(value -> satisfies(condition, value));
        }
        return present.stream().anyMatch(value -> satisfies(condition, value));
    }

    /** One request value against the policy's values: any matches, or for a negated operator none does. */
    private static boolean satisfies(Condition condition, String value) {
        boolean any = condition.values().stream().anyMatch(policyValue ->
                condition.operator().matches(value, policyValue));
        return condition.operator().negated() != any;
    }
}
