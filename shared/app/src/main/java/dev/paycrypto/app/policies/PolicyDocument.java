package dev.paycrypto.app.policies;

import java.util.List;

/**
 * A key's resource-based policy, parsed and checked ({@link PolicyParser}): its statements, each an Allow or a Deny
 * for principals, actions and conditions. The resource of every statement is the key itself ({@code "*"} or its
 * ARN; nothing else is accepted), so statements carry no resource.
 */
public record PolicyDocument(List<Statement> statements) {

    public PolicyDocument {
        statements = List.copyOf(statements);
    }

    public enum Effect { ALLOW, DENY }

    /**
     * One statement.
     *
     * @param principals   the AWS principals named: account ids, {@code arn:...:root} or principal ARNs
     * @param notPrincipal whether they are a {@code NotPrincipal} (the statement applies to everyone else)
     * @param actions      action patterns ({@code payment-cryptography:GetKey}, {@code payment-cryptography:Get*})
     * @param notAction    whether they are a {@code NotAction}
     * @param conditions   every one must hold
     */
    public record Statement(String sid, Effect effect, List<String> principals, boolean notPrincipal,
                            List<String> actions, boolean notAction, List<Condition> conditions) {

        public Statement {
            principals = List.copyOf(principals);
            actions = List.copyOf(actions);
            conditions = List.copyOf(conditions);
        }
    }
}
