package dev.paycrypto.app.policies;

import dev.paycrypto.app.RequestFacts;
import java.util.regex.Pattern;

/**
 * What a policy is evaluated against: who calls (account and principal ARN), the action
 * ({@code payment-cryptography:<Operation>}), the key's ARN and what the request says.
 */
public record AccessRequest(String principalAccount, String principalArn, String action, String resourceArn,
                            RequestFacts facts) {

    private static final Pattern ASSUMED_ROLE =
            Pattern.compile("arn:(aws[a-z-]*):sts::(\\d{12}):assumed-role/([^/]+)/.+");

    /**
     * The caller's IAM identity: for a role session ({@code arn:aws:sts::<account>:assumed-role/<role>/<session>}) the
     * role's ARN, as IAM reports it in {@code aws:PrincipalArn} and matches it against a role principal; otherwise
     * the caller's ARN.
     */
    public String identityArn() {
        if (principalArn == null) {
            return null;
        }
        var session = ASSUMED_ROLE.matcher(principalArn);
        return session.matches()
                ? "arn:" + session.group(1) + ":iam::" + session.group(2) + ":role/" + session.group(3) : principalArn;
    }
}
