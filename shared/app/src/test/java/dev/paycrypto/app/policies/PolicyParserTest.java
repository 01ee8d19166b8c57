package dev.paycrypto.app.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paycrypto.app.errors.PublicPolicyException;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.policies.PolicyDocument.Effect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a key policy may say, and the reason given for each refusal. */
class PolicyParserTest {

    static final String KEY_ARN = "arn:aws:payment-cryptography:us-east-1:111122223333:key/abcdefghijklmnop";

    /** A one-statement policy; {@code body} is the statement's members after Effect. */
    static String statement(String effect, String body) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"" + effect + "\"," + body + "}}";
    }

    static String allowB(String rest) {
        return statement("Allow", "\"Principal\":{\"AWS\":\"444455556666\"},\"Action\":\"payment-cryptography:GetKey\","
                + "\"Resource\":\"*\"" + rest);
    }

    private static void refused(String policy, String... messageParts) {
        assertThatThrownBy(() -> PolicyParser.parse(policy, KEY_ARN)).isInstanceOf(ValidationException.class)
                .hasMessageContainingAll(messageParts);
    }

    private static void publicRefused(String policy) {
        assertThatThrownBy(() -> PolicyParser.parse(policy, KEY_ARN)).isExactlyInstanceOf(PublicPolicyException.class)
                .hasMessageContaining("public access");
    }

    @Test
    void readsStatementsAsAnObjectOrAnArray() {
        PolicyDocument single = PolicyParser.parse(allowB(""), KEY_ARN);
        assertThat(single.statements()).hasSize(1);
        assertThat(single.statements().get(0).effect()).isEqualTo(Effect.ALLOW);
        assertThat(single.statements().get(0).principals()).containsExactly("444455556666");
        PolicyDocument two = PolicyParser.parse("{\"Id\":\"k\",\"Statement\":[{\"Sid\":\"a\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":[\"arn:aws:iam::444455556666:root\",\"arn:aws:iam::444455556666:user/x\"]},"
                + "\"Action\":[\"payment-cryptography:Get*\",\"payment-cryptography:EncryptData\"],\"Resource\":\""
                + KEY_ARN + "\"},{\"Effect\":\"Deny\",\"Principal\":\"*\",\"NotAction\":\"payment-cryptography:GetKey\","
                + "\"Resource\":[\"*\"]}]}", KEY_ARN);
        assertThat(two.statements()).extracting(PolicyDocument.Statement::effect)
                .containsExactly(Effect.ALLOW, Effect.DENY);
        assertThat(two.statements().get(0).sid()).isEqualTo("a");
        assertThat(two.statements().get(1).notAction()).isTrue();
        assertThat(two.statements().get(1).principals()).containsExactly("*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "[]", "\"x\"", "{\"Statement\":[{\"Effect\":\"Allow\"}", "nul"})
    void refusesMalformedJson(String policy) {
        refused(policy, "Policy");
    }

    @Test
    void refusesADuplicateMember() {
        refused(allowB(",\"Resource\":\"arn:aws:payment-cryptography:us-east-1:999999999999:key/abcdefghijklmnop\""),
                "not valid JSON", "twice");
    }

    @Test
    void refusesMissingOrEmptyStatementsAndUnknownElements() {
        refused("{\"Version\":\"2012-10-17\"}", "Statement");
        refused("{\"Statement\":[]}", "Statement");
        refused("{\"Version\":\"2020-01-01\",\"Statement\":[]}", "Version");
        refused("{\"Statment\":[]}", "unknown", "Statment");
        refused(allowB(",\"Sids\":\"x\""), "Statement[0]", "Sids");
        refused(statement("allow", "\"Principal\":{\"AWS\":\"444455556666\"},\"Action\":\"payment-cryptography:*\","
                + "\"Resource\":\"*\""), "Effect must be Allow or Deny");
    }

    @Test
    void refusesAResourceOtherThanStarOrTheKey() {
        String other = "arn:aws:payment-cryptography:us-east-1:111122223333:key/zzzzzzzzzzzzzzzz";
        refused(statement("Allow", "\"Principal\":{\"AWS\":\"444455556666\"},\"Action\":\"payment-cryptography:*\","
                + "\"Resource\":\"" + other + "\""), "Resource", KEY_ARN, other);
        refused(statement("Allow", "\"Principal\":{\"AWS\":\"444455556666\"},\"Action\":\"payment-cryptography:*\","
                + "\"Resource\":\"arn:aws:payment-cryptography:us-east-1:111122223333:key/*\""), "Resource");
        refused(statement("Allow", "\"Principal\":{\"AWS\":\"444455556666\"},\"Action\":\"payment-cryptography:*\""),
                "Resource is required");
        refused(statement("Allow", "\"Principal\":{\"AWS\":\"444455556666\"},\"Action\":\"payment-cryptography:*\","
                + "\"NotResource\":\"*\""), "NotResource");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kms:Decrypt", "*", "s3:*", "payment-cryptography:GetKeys", "payment-cryptography:"})
    void refusesActionsOutsideTheService(String action) {
        refused(statement("Allow", "\"Principal\":{\"AWS\":\"444455556666\"},\"Action\":\"" + action
                + "\",\"Resource\":\"*\""), "Action", action);
    }

    @Test
    void acceptsActionNamesInAnyCaseAndWildcards() {
        assertThat(PolicyParser.parse(statement("Allow", "\"Principal\":{\"AWS\":\"444455556666\"},\"Action\":"
                + "[\"Payment-Cryptography:encryptdata\",\"payment-cryptography:Verify*\"],\"Resource\":\"*\""),
                KEY_ARN).statements()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"*\"", "{\"AWS\":\"*\"}", "{\"AWS\":[\"444455556666\",\"*\"]}",
            "{\"AWS\":\"arn:aws:iam::*:root\"}", "{\"AWS\":\"arn:aws:iam::4444*:user/x\"}",
            "{\"AWS\":\"arn:aws:iam::44445555666?:role/r\"}"})
    void refusesPublicPrincipalsInAnAllow(String principal) {
        publicRefused(statement("Allow", "\"Principal\":" + principal
                + ",\"Action\":\"payment-cryptography:GetKey\",\"Resource\":\"*\""));
    }

    @Test
    void refusesNotPrincipalInAnAllowAsPublic() {
        publicRefused(statement("Allow", "\"NotPrincipal\":{\"AWS\":\"444455556666\"},"
                + "\"Action\":\"payment-cryptography:GetKey\",\"Resource\":\"*\""));
    }

    @Test
    void acceptsEveryPrincipalInADeny() {
        assertThat(PolicyParser.parse(statement("Deny", "\"Principal\":{\"AWS\":\"*\"},"
                + "\"Action\":\"payment-cryptography:*\",\"Resource\":\"*\""), KEY_ARN).statements()).hasSize(1);
        assertThat(PolicyParser.parse(statement("Deny", "\"NotPrincipal\":{\"AWS\":\"111122223333\"},"
                + "\"Action\":\"payment-cryptography:*\",\"Resource\":\"*\""), KEY_ARN).statements().get(0)
                .notPrincipal()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"Service\":\"lambda.amazonaws.com\"}", "{\"AWS\":\"bob\"}", "{\"AWS\":\"12345\"}",
            "{\"AWS\":\"arn:aws:iam::444455556666:user/*\"}", "{\"AWS\":\"arn:aws:s3:::bucket\"}", "{\"AWS\":[]}",
            "{\"AWS\":\"arn:aws:iam::account:root\"}", "[\"444455556666\"]"})
    void refusesPrincipalsItCannotMatch(String principal) {
        refused(statement("Allow", "\"Principal\":" + principal
                + ",\"Action\":\"payment-cryptography:GetKey\",\"Resource\":\"*\""), "Principal");
    }

    @Test
    void requiresExactlyOnePrincipalAndOneAction() {
        refused(statement("Allow", "\"Action\":\"payment-cryptography:GetKey\",\"Resource\":\"*\""),
                "Principal and NotPrincipal");
        refused(statement("Allow", "\"Principal\":{\"AWS\":\"444455556666\"},\"Resource\":\"*\""),
                "Action and NotAction");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"StringEquals\":{\"aws:ResourceTag/Project\":\"Alpha\"}}|only in IAM policies",
        "{\"StringEquals\":{\"payment-cryptography:KeyUsage\":\"TR31_P0\"}}|not supported in key policies",
        "{\"StringEquals\":{\"aws:CurrentTime\":\"x\"}}|aws:CurrentTime",
        "{\"Bool\":{\"aws:SecureTransport\":\"true\"}}|Bool",
        "{\"DateGreaterThan\":{\"aws:PrincipalAccount\":\"x\"}}|DateGreaterThan",
        "{\"StringEqualz\":{\"aws:PrincipalAccount\":\"x\"}}|StringEqualz",
        "{\"IpAddress\":{\"aws:PrincipalAccount\":\"444455556666\"}}|cannot test",
        "{\"ArnLike\":{\"aws:SourceIp\":\"10.0.0.1\"}}|cannot test",
        "{\"IpAddress\":{\"aws:SourceIp\":\"example.com\"}}|not an IP address",
        "{\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/33\"}}|not an IP address",
        "{\"IpAddress\":{\"aws:SourceIp\":\"300.0.0.1\"}}|not an IP address",
        "{\"ArnLike\":{\"aws:PrincipalArn\":\"user/x\"}}|not an ARN",
        "{\"Null\":{\"aws:SourceVpce\":\"maybe\"}}|true or false",
        "{\"NullIfExists\":{\"aws:SourceVpce\":\"true\"}}|Null takes",
        "{\"StringEquals\":{\"aws:PrincipalAccount\":{\"a\":1}}}|string, boolean or number",
        "{\"StringEquals\":{\"aws:PrincipalAccount\":[]}}|at least one value",
        "{\"StringEquals\":{}}|non-empty",
        "{}|non-empty",
        "\"x\"|non-empty"})
    void refusesConditionsItWouldNotEvaluateExactly(String condition, String reason) {
        refused(allowB(",\"Condition\":" + condition), "Condition", reason);
    }

    @Test
    void readsOperatorPrefixesSuffixesAndKeyNamesInAnyCase() {
        PolicyDocument policy = PolicyParser.parse(allowB(",\"Condition\":{"
                + "\"ForAnyValue:StringLike\":{\"aws:TagKeys\":[\"Team*\",\"Owner\"]},"
                + "\"ForAllValues:StringEquals\":{\"aws:tagkeys\":\"Team\"},"
                + "\"StringEqualsIfExists\":{\"aws:sourceVpce\":\"vpce-1\"},"
                + "\"ArnNotLike\":{\"aws:PrincipalARN\":\"arn:aws:iam::*:role/Admin\"},"
                + "\"NotIpAddress\":{\"aws:SourceIp\":[\"10.0.0.0/8\",\"2001:db8::/32\"]},"
                + "\"StringEquals\":{\"aws:RequestTag/Project\":\"Alpha\",\"aws:PrincipalAccount\":444455556666}}"),
                KEY_ARN);
        var conditions = policy.statements().get(0).conditions();
        assertThat(conditions).hasSize(7);
        assertThat(conditions.get(0).qualifier()).isEqualTo(Condition.SetQualifier.FOR_ANY_VALUE);
        assertThat(conditions.get(0).operator()).isEqualTo(ConditionOperator.STRING_LIKE);
        assertThat(conditions.get(1).qualifier()).isEqualTo(Condition.SetQualifier.FOR_ALL_VALUES);
        assertThat(conditions.get(1).key()).isEqualTo(ConditionKey.TAG_KEYS);
        assertThat(conditions.get(2).ifExists()).isTrue();
        assertThat(conditions.get(2).key()).isEqualTo(ConditionKey.SOURCE_VPCE);
        assertThat(conditions.get(3).key()).isEqualTo(ConditionKey.PRINCIPAL_ARN);
        assertThat(conditions.get(4).values()).containsExactly("10.0.0.0/8", "2001:db8::/32");
        assertThat(conditions.get(5).key()).isEqualTo(ConditionKey.REQUEST_TAG);
        assertThat(conditions.get(6).values()).containsExactly("444455556666");
    }
}
