package dev.paycrypto.app.policies;

import dev.paycrypto.app.RequestFacts;

/**
 * What a policy is evaluated against: who calls (account and principal ARN), the action
 * ({@code payment-cryptography:<Operation>}), the key's ARN and what the request says.
 */
public record AccessRequest(String principalAccount, String principalArn, String action, String resourceArn,
                            RequestFacts facts) {
}
