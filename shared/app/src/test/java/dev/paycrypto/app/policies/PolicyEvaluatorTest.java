package dev.paycrypto.app.policies;

import static dev.paycrypto.app.policies.PolicyParserTest.KEY_ARN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paycrypto.app.RequestFacts;
import dev.paycrypto.app.policies.PolicyEvaluator.Decision;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * IAM's evaluation, statement by statement and operator by operator: each case is a condition, a request and the
 * decision IAM's documented semantics give (worked out by hand from the IAM User Guide's "Condition operators" and
 * "Single-valued vs. multivalued context keys" pages, not by this code).
 */
class PolicyEvaluatorTest {

    private static final String B = "444455556666";
    private static final String B_USER = "arn:aws:iam::444455556666:user/alice";

    /** Account B's alice calling GetKey from 10.1.2.3, with tags Project=Alpha, Team=Blue. */
    private static AccessRequest request(String action) {
        return new AccessRequest(B, B_USER, "payment-cryptography:" + action, KEY_ARN,
                new RequestFacts("10.1.2.3", Map.of("Project", "Alpha", "Team", "Blue"), List.of()));
    }

    private static Decision decide(String policy, AccessRequest request) {
        return PolicyEvaluator.evaluate(PolicyParser.parse(policy, KEY_ARN), request);
    }

    private static String allowWhen(String condition) {
        return PolicyParserTest.statement("Allow", "\"Principal\":{\"AWS\":\"" + B + "\"},"
                + "\"Action\":\"payment-cryptography:GetKey\",\"Resource\":\"*\",\"Condition\":" + condition);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // operator: allowed | denied, against the request above
        "{\"StringEquals\":{\"aws:PrincipalAccount\":\"444455556666\"}}|ALLOW",
        "{\"StringEquals\":{\"aws:PrincipalAccount\":\"111122223333\"}}|NOT_ALLOWED",
        "{\"StringEquals\":{\"aws:PrincipalAccount\":[\"111122223333\",\"444455556666\"]}}|ALLOW",
        "{\"StringNotEquals\":{\"aws:PrincipalAccount\":\"111122223333\"}}|ALLOW",
        "{\"StringNotEquals\":{\"aws:PrincipalAccount\":[\"111122223333\",\"444455556666\"]}}|NOT_ALLOWED",
        "{\"StringEqualsIgnoreCase\":{\"aws:PrincipalArn\":\"ARN:AWS:IAM::444455556666:USER/ALICE\"}}|ALLOW",
        "{\"StringEquals\":{\"aws:PrincipalArn\":\"ARN:AWS:IAM::444455556666:USER/ALICE\"}}|NOT_ALLOWED",
        "{\"StringNotEqualsIgnoreCase\":{\"aws:PrincipalArn\":\"arn:aws:iam::444455556666:USER/ALICE\"}}|NOT_ALLOWED",
        "{\"StringNotEqualsIgnoreCase\":{\"aws:PrincipalArn\":\"arn:aws:iam::444455556666:user/bob\"}}|ALLOW",
        "{\"StringLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::444455556666:user/a*\"}}|ALLOW",
        "{\"StringLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::444455556666:user/?lice\"}}|ALLOW",
        "{\"StringLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::444455556666:user/b*\"}}|NOT_ALLOWED",
        "{\"StringNotLike\":{\"aws:PrincipalArn\":\"*:user/b*\"}}|ALLOW",
        "{\"StringNotLike\":{\"aws:PrincipalArn\":\"*:user/a*\"}}|NOT_ALLOWED",
        "{\"ArnEquals\":{\"aws:PrincipalArn\":\"arn:aws:iam::444455556666:user/alice\"}}|ALLOW",
        "{\"ArnEquals\":{\"aws:PrincipalArn\":\"arn:aws:iam::444455556666:user/alicia\"}}|NOT_ALLOWED",
        "{\"ArnLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::*:user/*\"}}|ALLOW",
        "{\"ArnLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::*:role/*\"}}|NOT_ALLOWED",
        "{\"ArnLike\":{\"aws:PrincipalArn\":\"arn:aws:sts::*:*\"}}|NOT_ALLOWED",
        "{\"ArnNotEquals\":{\"aws:PrincipalArn\":\"arn:aws:iam::444455556666:user/bob\"}}|ALLOW",
        "{\"ArnNotEquals\":{\"aws:PrincipalArn\":\"arn:aws:iam::444455556666:user/alice\"}}|NOT_ALLOWED",
        "{\"ArnNotLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::*:role/PaymentAdminRole\"}}|ALLOW",
        "{\"ArnNotLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::444455556666:*\"}}|NOT_ALLOWED",
        "{\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}|ALLOW",
        "{\"IpAddress\":{\"aws:SourceIp\":\"10.1.2.3\"}}|ALLOW",
        "{\"IpAddress\":{\"aws:SourceIp\":\"10.1.2.4/32\"}}|NOT_ALLOWED",
        "{\"IpAddress\":{\"aws:SourceIp\":[\"192.0.2.0/24\",\"10.1.2.0/23\"]}}|ALLOW",
        "{\"IpAddress\":{\"aws:SourceIp\":\"2001:db8::/32\"}}|NOT_ALLOWED",
        "{\"NotIpAddress\":{\"aws:SourceIp\":\"192.0.2.0/24\"}}|ALLOW",
        "{\"NotIpAddress\":{\"aws:SourceIp\":\"10.1.0.0/16\"}}|NOT_ALLOWED",
        "{\"StringEquals\":{\"aws:RequestTag/Project\":\"Alpha\"}}|ALLOW",
        "{\"StringEquals\":{\"aws:RequestTag/Project\":\"Beta\"}}|NOT_ALLOWED",
        "{\"StringEquals\":{\"aws:RequestTag/Owner\":\"x\"}}|NOT_ALLOWED",
        "{\"ForAnyValue:StringEquals\":{\"aws:TagKeys\":[\"Team\",\"Owner\"]}}|ALLOW",
        "{\"ForAnyValue:StringEquals\":{\"aws:TagKeys\":[\"Owner\"]}}|NOT_ALLOWED",
        "{\"ForAllValues:StringEquals\":{\"aws:TagKeys\":[\"Project\",\"Team\",\"Owner\"]}}|ALLOW",
        "{\"ForAllValues:StringEquals\":{\"aws:TagKeys\":[\"Project\"]}}|NOT_ALLOWED",
        "{\"ForAllValues:StringLike\":{\"aws:TagKeys\":[\"Pro*\",\"T?am\"]}}|ALLOW",
        "{\"ForAnyValue:StringNotEquals\":{\"aws:TagKeys\":[\"Project\"]}}|ALLOW",
        "{\"ForAnyValue:StringNotEquals\":{\"aws:TagKeys\":[\"Project\",\"Team\"]}}|NOT_ALLOWED",
        // keys the request does not have: aws:SourceVpce is never present in PayCrypto
        "{\"StringEquals\":{\"aws:SourceVpce\":\"vpce-1\"}}|NOT_ALLOWED",
        "{\"StringEqualsIfExists\":{\"aws:SourceVpce\":\"vpce-1\"}}|ALLOW",
        "{\"StringNotEquals\":{\"aws:SourceVpc\":\"vpc-1\"}}|ALLOW",
        "{\"ForAnyValue:StringEquals\":{\"aws:SourceVpce\":\"vpce-1\"}}|NOT_ALLOWED",
        "{\"ForAllValues:StringEquals\":{\"aws:SourceVpce\":\"vpce-1\"}}|ALLOW",
        "{\"Null\":{\"aws:SourceVpce\":\"true\"}}|ALLOW",
        "{\"Null\":{\"aws:SourceVpce\":\"false\"}}|NOT_ALLOWED",
        "{\"Null\":{\"aws:SourceIp\":\"false\"}}|ALLOW",
        "{\"Null\":{\"aws:SourceIp\":\"true\"}}|NOT_ALLOWED",
        "{\"IpAddressIfExists\":{\"aws:SourceIp\":\"192.0.2.0/24\"}}|NOT_ALLOWED",
        // every operator and every key of a block must hold
        "{\"StringEquals\":{\"aws:PrincipalAccount\":\"444455556666\"},\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}|ALLOW",
        "{\"StringEquals\":{\"aws:PrincipalAccount\":\"444455556666\"},\"IpAddress\":{\"aws:SourceIp\":\"11.0.0.0/8\"}}|NOT_ALLOWED",
        "{\"StringEquals\":{\"aws:PrincipalAccount\":\"444455556666\",\"aws:RequestTag/Team\":\"Red\"}}|NOT_ALLOWED"})
    void evaluatesEachOperatorAsIamDoes(String condition, Decision expected) {
        assertThat(decide(allowWhen(condition), request("GetKey"))).isEqualTo(expected);
    }

    @Test
    void aNamedUserGrantsNothingToTheAccountsOtherUsers() {
        String policy = PolicyParserTest.statement("Allow", "\"Principal\":{\"AWS\":\"" + B_USER + "\"},"
                + "\"Action\":\"payment-cryptography:*\",\"Resource\":\"*\"");
        assertThat(decide(policy, request("GetKey"))).isEqualTo(Decision.ALLOW);
        AccessRequest bob = new AccessRequest(B, "arn:aws:iam::444455556666:user/bob", "payment-cryptography:GetKey",
                KEY_ARN, RequestFacts.NONE);
        assertThat(decide(policy, bob)).isEqualTo(Decision.NOT_ALLOWED);
        AccessRequest otherAccountAlice = new AccessRequest("777788889999", "arn:aws:iam::777788889999:user/alice",
                "payment-cryptography:GetKey", KEY_ARN, RequestFacts.NONE);
        assertThat(decide(policy, otherAccountAlice)).isEqualTo(Decision.NOT_ALLOWED);
    }

    @Test
    void aRoleSessionIsItsRoleForPrincipalsAndPrincipalArn() {
        AccessRequest session = new AccessRequest(B, "arn:aws:sts::444455556666:assumed-role/Payments/worker-7",
                "payment-cryptography:GetKey", KEY_ARN, RequestFacts.NONE);
        String role = PolicyParserTest.statement("Allow", "\"Principal\":{\"AWS\":\"arn:aws:iam::444455556666:role/"
                + "Payments\"},\"Action\":\"payment-cryptography:GetKey\",\"Resource\":\"*\"");
        String otherRole = role.replace("role/Payments", "role/Admin");
        assertThat(decide(role, session)).isEqualTo(Decision.ALLOW);
        assertThat(decide(otherRole, session)).isEqualTo(Decision.NOT_ALLOWED);
        assertThat(decide(allowWhen("{\"ArnLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::*:role/Payments\"}}"),
                session)).isEqualTo(Decision.ALLOW);
        assertThat(decide(allowWhen("{\"ArnLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::*:role/Admin\"}}"),
                session)).isEqualTo(Decision.NOT_ALLOWED);
    }

    @Test
    void anAccountIdOrItsRootGrantsTheWholeAccountOnly() {
        for (String principal : List.of(B, "arn:aws:iam::444455556666:root")) {
            String policy = PolicyParserTest.statement("Allow", "\"Principal\":{\"AWS\":\"" + principal + "\"},"
                    + "\"Action\":\"payment-cryptography:GetKey\",\"Resource\":\"*\"");
            assertThat(decide(policy, request("GetKey"))).as(principal).isEqualTo(Decision.ALLOW);
            assertThat(decide(policy, new AccessRequest("777788889999", "arn:aws:iam::777788889999:root",
                    "payment-cryptography:GetKey", KEY_ARN, RequestFacts.NONE))).as(principal)
                    .isEqualTo(Decision.NOT_ALLOWED);
        }
    }

    @Test
    void matchesActionsWithWildcardsCaseInsensitivelyAndNotActionAsTheRest() {
        String policy = PolicyParserTest.statement("Allow", "\"Principal\":{\"AWS\":\"" + B + "\"},"
                + "\"Action\":[\"payment-cryptography:verify*\",\"payment-cryptography:GETKEY\"],\"Resource\":\"*\"");
        assertThat(decide(policy, request("VerifyMac"))).isEqualTo(Decision.ALLOW);
        assertThat(decide(policy, request("GetKey"))).isEqualTo(Decision.ALLOW);
        assertThat(decide(policy, request("GenerateMac"))).isEqualTo(Decision.NOT_ALLOWED);
        assertThat(decide(policy, request("GetKeyPolicy"))).isEqualTo(Decision.NOT_ALLOWED);
        String notAction = PolicyParserTest.statement("Allow", "\"Principal\":{\"AWS\":\"" + B + "\"},"
                + "\"NotAction\":\"payment-cryptography:Export*\",\"Resource\":\"*\"");
        assertThat(decide(notAction, request("GetKey"))).isEqualTo(Decision.ALLOW);
        assertThat(decide(notAction, request("ExportKey"))).isEqualTo(Decision.NOT_ALLOWED);
    }

    @Test
    void anExplicitDenyWinsOverAnyAllow() {
        String policy = "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + B + "\"},"
                + "\"Action\":\"payment-cryptography:*\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"payment-cryptography:ExportKey\","
                + "\"Resource\":\"*\"}]}";
        assertThat(decide(policy, request("GetKey"))).isEqualTo(Decision.ALLOW);
        assertThat(decide(policy, request("ExportKey"))).isEqualTo(Decision.DENY);
        String notPrincipal = PolicyParserTest.statement("Deny", "\"NotPrincipal\":{\"AWS\":\"111122223333\"},"
                + "\"Action\":\"payment-cryptography:*\",\"Resource\":\"*\"");
        assertThat(decide(notPrincipal, request("GetKey"))).isEqualTo(Decision.DENY);
        assertThat(decide(notPrincipal, new AccessRequest("111122223333", "arn:aws:iam::111122223333:user/o",
                "payment-cryptography:GetKey", KEY_ARN, RequestFacts.NONE))).isEqualTo(Decision.NOT_ALLOWED);
    }

    @Test
    void aDenyWhoseConditionFailsDoesNotApply() {
        String policy = PolicyParserTest.statement("Deny", "\"Principal\":\"*\",\"Action\":\"payment-cryptography:*\","
                + "\"Resource\":\"*\",\"Condition\":{\"NotIpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}");
        assertThat(decide(policy, request("GetKey"))).isEqualTo(Decision.NOT_ALLOWED);
        AccessRequest outside = new AccessRequest(B, B_USER, "payment-cryptography:GetKey", KEY_ARN,
                new RequestFacts("192.0.2.1", Map.of(), List.of()));
        assertThat(decide(policy, outside)).isEqualTo(Decision.DENY);
    }

    @Test
    void untagKeysCountAsTagKeys() {
        String policy = allowWhen("{\"ForAllValues:StringEquals\":{\"aws:TagKeys\":[\"Scratch\"]}}");
        AccessRequest untagScratch = new AccessRequest(B, B_USER, "payment-cryptography:GetKey", KEY_ARN,
                new RequestFacts(null, Map.of(), List.of("Scratch")));
        AccessRequest untagProject = new AccessRequest(B, B_USER, "payment-cryptography:GetKey", KEY_ARN,
                new RequestFacts(null, Map.of(), List.of("Scratch", "Project")));
        assertThat(decide(policy, untagScratch)).isEqualTo(Decision.ALLOW);
        assertThat(decide(policy, untagProject)).isEqualTo(Decision.NOT_ALLOWED);
    }
}
