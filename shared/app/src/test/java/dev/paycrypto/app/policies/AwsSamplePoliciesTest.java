package dev.paycrypto.app.policies;

import static dev.paycrypto.app.policies.PolicyParserTest.KEY_ARN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paycrypto.app.RequestFacts;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.policies.PolicyEvaluator.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The policies of aws-samples/samples-for-payment-cryptography-service (sample-policies/, commit 0e338de), restated
 * in one statement each: they are IAM policies and SCPs, so as key policies they lack a Principal and are refused
 * for that reason; with a principal added they are accepted and mean what they say.
 */
class AwsSamplePoliciesTest {

    /** key-manager.json (abridged list), scp-lock-management.json, scp-lock-roles.json, scp-vpc-endpoint.json. */
    private static final String KEY_MANAGER = "\"Effect\":\"Allow\",\"Action\":[\"payment-cryptography:CreateAlias\","
            + "\"payment-cryptography:DeleteKey\",\"payment-cryptography:GetKey\",\"payment-cryptography:ExportKey\","
            + "\"payment-cryptography:UpdateAlias\"],\"Resource\":\"*\"";
    private static final String LOCK_MANAGEMENT = "\"Sid\":\"APCLimitKeyManagement\",\"Effect\":\"Deny\",\"Action\":"
            + "[\"payment-cryptography:ExportKey\",\"payment-cryptography:DeleteKey\"],\"Resource\":\"*\",\"Condition\":"
            + "{\"ArnNotLike\":{\"aws:PrincipalARN\":[\"arn:aws:iam::*:role/PaymentAdminRole\"]}}";
    private static final String LOCK_ROLES = "\"Sid\":\"APCLimitToRoles\",\"Effect\":\"Deny\",\"Action\":"
            + "[\"payment-cryptography:*\"],\"Resource\":\"*\",\"Condition\":{\"ArnNotLike\":{\"aws:PrincipalARN\":"
            + "[\"arn:aws:iam::*:role/PaymentAdminRole\",\"arn:aws:iam::*:role/PaymentServiceRole\"]}}";
    private static final String VPC_ENDPOINT = "\"Sid\":\"NotVpcEndpointDeny\",\"Effect\":\"Deny\",\"Action\":"
            + "[\"payment-cryptography:*\"],\"Resource\":\"*\",\"Condition\":{\"Null\":{\"aws:sourceVpce\":\"true\"}}";

    private static String policy(String statement, String principal) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{" + (principal == null ? ""
                : "\"Principal\":{\"AWS\":\"" + principal + "\"},") + statement + "}]}";
    }

    private static String sample(String name) {
        return switch (name) {
            case "key-manager" -> KEY_MANAGER;
            case "scp-lock-management" -> LOCK_MANAGEMENT;
            case "scp-lock-roles" -> LOCK_ROLES;
            default -> VPC_ENDPOINT;
        };
    }

    @ParameterizedTest
    @CsvSource({"key-manager", "scp-lock-management", "scp-lock-roles", "scp-vpc-endpoint"})
    void asWrittenTheyAreRefusedForWantOfAPrincipal(String name) {
        assertThatThrownBy(() -> PolicyParser.parse(policy(sample(name), null), KEY_ARN))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Principal and NotPrincipal");
    }

    /** Account 444455556666's user alice calls ExportKey; what each sample, given that principal, decides. */
    @ParameterizedTest
    @CsvSource({"key-manager,ALLOW", "scp-lock-management,DENY", "scp-lock-roles,DENY", "scp-vpc-endpoint,DENY"})
    void withAPrincipalTheyAreAcceptedAndMeanWhatTheySay(String name, Decision expected) {
        PolicyDocument document = PolicyParser.parse(policy(sample(name), "444455556666"), KEY_ARN);
        AccessRequest export = new AccessRequest("444455556666", "arn:aws:iam::444455556666:user/alice",
                "payment-cryptography:ExportKey", KEY_ARN, RequestFacts.NONE);
        assertThat(PolicyEvaluator.evaluate(document, export)).isEqualTo(expected);
        AccessRequest admin = new AccessRequest("444455556666", "arn:aws:iam::444455556666:role/PaymentAdminRole",
                "payment-cryptography:ExportKey", KEY_ARN, RequestFacts.NONE);
        Decision forAdmin = name.startsWith("scp-lock") ? Decision.NOT_ALLOWED : expected;
        assertThat(PolicyEvaluator.evaluate(document, admin)).isEqualTo(forAdmin);
    }
}
