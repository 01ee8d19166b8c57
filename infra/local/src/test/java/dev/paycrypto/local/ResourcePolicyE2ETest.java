package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.paymentcryptography.PaymentCryptographyClient;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyModesOfUse;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptography.model.Tag;
import software.amazon.awssdk.services.paymentcryptographydata.PaymentCryptographyDataClient;
import software.amazon.awssdk.services.paymentcryptographydata.model.EncryptionMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * Resource-based policies end to end: account A (111122223333, user "test") owns the keys; account B
 * (444455556666) calls with two users, "other" and "other2", through the SDK v2 clients, and the three policy
 * operations, which SDK 2.41 lacks, as signed raw requests.
 */
class ResourcePolicyE2ETest extends LocalServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String B = LocalService.OTHER_ACCOUNT;
    private static final RawRequests.Signer SIGNER_A = RawRequests.Signer.DEFAULT;
    private static final RawRequests.Signer SIGNER_B =
            new RawRequests.Signer("other", "other-secret", "us-east-1", "payment-cryptography");
    /** NIST SP 800-38A F.1.1: AES-128 ECB of these two blocks under 2B7E1516... */
    private static final String NIST_KEY = "2B7E151628AED2A6ABF7158809CF4F3C";
    private static final String PLAIN = "6BC1BEE22E409F96E93D7E117393172AAE2D8A571E03AC9C9EB76FAC45AF8E51";
    private static final String NIST_ECB = "3AD77BB40D7A3660A89ECAF32466EF97F5D3D58503B9699DE785895A96FDBAAF";

    private static PaymentCryptographyClient controlB;
    private static PaymentCryptographyDataClient dataB;
    private static PaymentCryptographyClient controlB2;
    private static Key aes;

    @BeforeAll
    static void clientsAndKey() {
        controlB = PaymentCryptographyClient.builder().endpointOverride(service.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(LocalService.credentials("other", "other-secret"))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        dataB = PaymentCryptographyDataClient.builder().endpointOverride(service.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(LocalService.credentials("other", "other-secret"))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        controlB2 = PaymentCryptographyClient.builder().endpointOverride(service.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(LocalService.credentials("other2", "other2-secret"))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        aes = E2E.importKey(control, NIST_KEY, KeyUsage.TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY, KeyAlgorithm.AES_128,
                KeyModesOfUse.builder().encrypt(true).decrypt(true).wrap(true).unwrap(true).build(),
                KeyAlgorithm.RSA_3072);
    }

    // ---- helpers ----

    private static HttpResponse<String> policyCall(RawRequests.Signer signer, String operation, Map<String, ?> body)
            throws Exception {
        return RawRequests.send(service.endpoint(), signer, "POST", "/", Map.of(
                "Content-Type", "application/x-amz-json-1.0",
                "X-Amz-Target", "PaymentCryptographyControlPlane." + operation), JSON.writeValueAsString(body));
    }

    private static HttpResponse<String> put(RawRequests.Signer signer, String keyArn, String policy) throws Exception {
        return policyCall(signer, "PutResourcePolicy", Map.of("ResourceArn", keyArn, "Policy", policy));
    }

    private static HttpResponse<String> get(RawRequests.Signer signer, String keyArn) throws Exception {
        return policyCall(signer, "GetResourcePolicy", Map.of("ResourceArn", keyArn));
    }

    private static HttpResponse<String> delete(RawRequests.Signer signer, String keyArn) throws Exception {
        return policyCall(signer, "DeleteResourcePolicy", Map.of("ResourceArn", keyArn));
    }

    private static void putOk(String keyArn, String policy) throws Exception {
        HttpResponse<String> response = put(SIGNER_A, keyArn, policy);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static JsonNode assertError(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("__type").asText()).endsWith(code);
        return body;
    }

    private static void assertAwsError(ThrowingCallable call, int status, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AwsServiceException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
        });
    }

    private static void assertDenied(ThrowingCallable call) {
        assertAwsError(call, 403, "AccessDeniedException");
    }

    /** A policy of one statement: {@code effect} for {@code principal} on {@code actions}, with a condition or none. */
    private static String policy(String effect, String principal, String condition, String... actions)
            throws Exception {
        Map<String, Object> statement = new java.util.LinkedHashMap<>();
        statement.put("Effect", effect);
        statement.put("Principal", principal.equals("*") ? "*" : Map.of("AWS", principal));
        statement.put("Action", actions.length == 1 ? actions[0] : java.util.List.of(actions));
        statement.put("Resource", "*");
        if (condition != null) {
            statement.put("Condition", JSON.readTree(condition));
        }
        return JSON.writeValueAsString(Map.of("Version", "2012-10-17", "Statement", java.util.List.of(statement)));
    }

    private static String allowB(String... actions) throws Exception {
        return policy("Allow", "arn:aws:iam::" + B + ":root", null, actions);
    }

    private static String encryptAsB(String keyArn) {
        return dataB.encryptData(r -> r.keyIdentifier(keyArn).plainText(PLAIN)
                .encryptionAttributes(a -> a.symmetric(s -> s.mode(EncryptionMode.ECB)))).cipherText();
    }

    // ---- the three operations ----

    @Test
    void putGetReplaceAndDeleteAPolicy() throws Exception {
        Key key = E2E.createCvk(control);
        assertError(get(SIGNER_A, key.keyArn()), 404, "ResourceNotFoundException");
        String first = allowB("payment-cryptography:GetKey");
        HttpResponse<String> put = put(SIGNER_A, key.keyArn(), first);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(JSON.readTree(put.body()).path("ResourceArn").asText()).isEqualTo(key.keyArn());
        assertThat(JSON.readTree(put.body()).path("Policy").asText()).isEqualTo(first);
        assertThat(JSON.readTree(get(SIGNER_A, key.keyArn()).body()).path("Policy").asText()).isEqualTo(first);
        String second = allowB("payment-cryptography:GetKey", "payment-cryptography:VerifyCardValidationData");
        putOk(key.keyArn(), second);
        assertThat(JSON.readTree(get(SIGNER_A, key.keyArn()).body()).path("Policy").asText()).isEqualTo(second);
        HttpResponse<String> deleted = delete(SIGNER_A, key.keyArn());
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.body()).isEqualTo("{}");
        assertError(get(SIGNER_A, key.keyArn()), 404, "ResourceNotFoundException");
        assertError(delete(SIGNER_A, key.keyArn()), 404, "ResourceNotFoundException");
        String missingKey = key.keyArn().substring(0, key.keyArn().lastIndexOf('/') + 1) + "zzzzzzzzzzzzzzzz";
        assertError(put(SIGNER_A, missingKey, first), 404, "ResourceNotFoundException");
    }

    // ---- cross-account use ----

    @Test
    void anotherAccountIsDeniedByDefaultAndAllowedOnlyWhatThePolicyGrants() throws Exception {
        Key key = E2E.importKey(control, NIST_KEY, KeyUsage.TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY,
                KeyAlgorithm.AES_128,
                KeyModesOfUse.builder().encrypt(true).decrypt(true).wrap(true).unwrap(true).build(),
                KeyAlgorithm.RSA_3072);
        assertDenied(() -> controlB.getKey(r -> r.keyIdentifier(key.keyArn())));
        assertDenied(() -> encryptAsB(key.keyArn()));

        putOk(key.keyArn(), allowB("payment-cryptography:GetKey", "payment-cryptography:EncryptData"));
        assertThat(controlB.getKey(r -> r.keyIdentifier(key.keyArn())).key().keyArn()).isEqualTo(key.keyArn());
        // B encrypts under A's key: NIST's answer proves it was A's key material
        assertThat(encryptAsB(key.keyArn())).isEqualTo(NIST_ECB);
        // actions the policy does not list
        assertDenied(() -> dataB.decryptData(r -> r.keyIdentifier(key.keyArn()).cipherText(NIST_ECB)
                .decryptionAttributes(a -> a.symmetric(s -> s.mode(EncryptionMode.ECB)))));
        assertDenied(() -> controlB.stopKeyUsage(r -> r.keyIdentifier(key.keyArn())));
        assertDenied(() -> controlB.deleteKey(r -> r.keyIdentifier(key.keyArn())));
        assertThat(control.getKey(r -> r.keyIdentifier(key.keyArn())).key().enabled()).isTrue();

        delete(SIGNER_A, key.keyArn());
        assertDenied(() -> controlB.getKey(r -> r.keyIdentifier(key.keyArn())));
    }

    @Test
    void aDenyStatementOrAFailingConditionDeniesAgain() throws Exception {
        String arn = aes.keyArn();
        String allowAndDeny = "{\"Statement\":[" + JSON.readTree(allowB("payment-cryptography:*")).path("Statement")
                .get(0) + ",{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"" + B + "\"},\"Action\":"
                + "\"payment-cryptography:EncryptData\",\"Resource\":\"" + arn + "\"}]}";
        putOk(arn, allowAndDeny);
        assertThat(controlB.getKey(r -> r.keyIdentifier(arn)).key().keyArn()).isEqualTo(arn);
        assertDenied(() -> encryptAsB(arn));

        // the local caller's source IP is 127.0.0.1
        putOk(arn, policy("Allow", B, "{\"IpAddress\":{\"aws:SourceIp\":\"192.0.2.0/24\"}}",
                "payment-cryptography:GetKey"));
        assertDenied(() -> controlB.getKey(r -> r.keyIdentifier(arn)));
        putOk(arn, policy("Allow", B, "{\"IpAddress\":{\"aws:SourceIp\":\"127.0.0.0/8\"}}",
                "payment-cryptography:GetKey"));
        assertThat(controlB.getKey(r -> r.keyIdentifier(arn)).key().keyArn()).isEqualTo(arn);
        // no VPC endpoint locally: a condition on one fails, its IfExists form and Null hold
        putOk(arn, policy("Allow", B, "{\"StringEquals\":{\"aws:SourceVpce\":\"vpce-1\"}}",
                "payment-cryptography:GetKey"));
        assertDenied(() -> controlB.getKey(r -> r.keyIdentifier(arn)));
        putOk(arn, policy("Allow", B, "{\"StringEqualsIfExists\":{\"aws:SourceVpce\":\"vpce-1\"},"
                + "\"Null\":{\"aws:SourceVpc\":\"true\"}}", "payment-cryptography:GetKey"));
        assertThat(controlB.getKey(r -> r.keyIdentifier(arn)).key().keyArn()).isEqualTo(arn);
        delete(SIGNER_A, arn);
    }

    @Test
    void requestTagConditionsGovernTagging() throws Exception {
        Key key = E2E.createCvk(control);
        putOk(key.keyArn(), policy("Allow", B, "{\"StringEquals\":{\"aws:RequestTag/Team\":\"Blue\"},"
                + "\"ForAllValues:StringEquals\":{\"aws:TagKeys\":[\"Team\"]}}", "payment-cryptography:TagResource"));
        controlB.tagResource(r -> r.resourceArn(key.keyArn()).tags(Tag.builder().key("Team").value("Blue").build()));
        assertDenied(() -> controlB.tagResource(r -> r.resourceArn(key.keyArn())
                .tags(Tag.builder().key("Team").value("Red").build())));
        assertDenied(() -> controlB.tagResource(r -> r.resourceArn(key.keyArn()).tags(
                Tag.builder().key("Team").value("Blue").build(), Tag.builder().key("Owner").value("b").build())));
        assertThat(control.listTagsForResource(r -> r.resourceArn(key.keyArn())).tags())
                .extracting(Tag::key, Tag::value).contains(org.assertj.core.groups.Tuple.tuple("Team", "Blue"))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("Team", "Red"))
                .noneMatch(t -> t.toList().contains("Owner"));
    }

    @Test
    void anExplicitDenyAppliesToTheOwnerTooButNeverLocksItOut() throws Exception {
        Key key = E2E.createCvk(control);
        putOk(key.keyArn(), policy("Deny", "arn:aws:iam::" + LocalService.ACCOUNT + ":root", null,
                "payment-cryptography:GetKey", "payment-cryptography:GenerateCardValidationData"));
        assertDenied(() -> control.getKey(r -> r.keyIdentifier(key.keyArn())));
        assertDenied(() -> E2E.cvv2(data, key.keyArn()));
        // the policy operations are outside the policy: the owner can still read and remove it
        assertThat(get(SIGNER_A, key.keyArn()).statusCode()).isEqualTo(200);
        assertThat(delete(SIGNER_A, key.keyArn()).statusCode()).isEqualTo(200);
        assertThat(control.getKey(r -> r.keyIdentifier(key.keyArn())).key().keyArn()).isEqualTo(key.keyArn());
    }

    @Test
    void operationsThatAreNeverCrossAccountAreDeniedWhateverThePolicy() throws Exception {
        Key key = E2E.createCvk(control);
        String everything = allowB("payment-cryptography:*");
        putOk(key.keyArn(), everything);
        assertDenied(() -> controlB.createAlias(r -> r.aliasName("alias/b-points-at-a").keyArn(key.keyArn())));
        // B can neither read nor change nor remove A's policy
        assertError(get(SIGNER_B, key.keyArn()), 403, "AccessDeniedException");
        assertError(put(SIGNER_B, key.keyArn(), allowB("payment-cryptography:*")), 403, "AccessDeniedException");
        assertError(delete(SIGNER_B, key.keyArn()), 403, "AccessDeniedException");
        assertThat(JSON.readTree(get(SIGNER_A, key.keyArn()).body()).path("Policy").asText()).isEqualTo(everything);
    }

    @Test
    void aliasesAreNeverCrossAccount() throws Exception {
        Key key = E2E.createCvk(control);
        control.createAlias(r -> r.aliasName("alias/a-only").keyArn(key.keyArn()));
        putOk(key.keyArn(), allowB("payment-cryptography:*"));
        assertThat(controlB.getKey(r -> r.keyIdentifier(key.keyArn())).key().keyArn()).isEqualTo(key.keyArn());
        assertAwsError(() -> controlB.getKey(r -> r.keyIdentifier("alias/a-only")), 404, "ResourceNotFoundException");
        assertAwsError(() -> controlB.getKey(r -> r.keyIdentifier(
                "arn:aws:payment-cryptography:us-east-1:" + LocalService.ACCOUNT + ":alias/a-only")), 404,
                "ResourceNotFoundException");
    }

    // ---- what Put refuses ----

    @Test
    void publicPoliciesAreRefused() throws Exception {
        Key key = E2E.createCvk(control);
        for (String principal : new String[] {"*", "{\"AWS\":\"*\"}", "{\"AWS\":\"arn:aws:iam::*:root\"}",
                "{\"AWS\":[\"" + B + "\",\"arn:aws:iam::4444555566*:user/x\"]}"}) {
            String policy = "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":" + (principal.equals("*") ? "\"*\""
                    : principal) + ",\"Action\":\"payment-cryptography:GetKey\",\"Resource\":\"*\"}}";
            JsonNode error = assertError(put(SIGNER_A, key.keyArn(), policy), 400, "PublicPolicyException");
            assertThat(error.path("message").asText()).as(principal).contains("public access");
        }
        assertError(get(SIGNER_A, key.keyArn()), 404, "ResourceNotFoundException");
    }

    @Test
    void aResourceOtherThanTheKeyMalformedJsonAndForeignActionsAreRefused() throws Exception {
        Key key = E2E.createCvk(control);
        String other = aes.keyArn();
        JsonNode mismatch = assertError(put(SIGNER_A, key.keyArn(), JSON.writeValueAsString(Map.of("Statement",
                Map.of("Effect", "Allow", "Principal", Map.of("AWS", B), "Action", "payment-cryptography:GetKey",
                        "Resource", other)))), 400, "ValidationException");
        assertThat(mismatch.path("message").asText()).contains("Resource", other);
        assertError(put(SIGNER_A, key.keyArn(), "{\"Statement\":"), 400, "ValidationException");
        JsonNode kms = assertError(put(SIGNER_A, key.keyArn(), allowB("kms:Decrypt")), 400, "ValidationException");
        assertThat(kms.path("message").asText()).contains("kms:Decrypt");
        JsonNode resourceTag = assertError(put(SIGNER_A, key.keyArn(), policy("Allow", B,
                "{\"StringEquals\":{\"aws:ResourceTag/Team\":\"Blue\"}}", "payment-cryptography:GetKey")), 400,
                "ValidationException");
        assertThat(resourceTag.path("message").asText()).contains("aws:ResourceTag/Team");
        assertError(get(SIGNER_A, key.keyArn()), 404, "ResourceNotFoundException");
    }

    @Test
    void aPolicyOnAReplicaIsRefused() throws Exception {
        Key primary = control.createKey(r -> r.exportable(true).keyAttributes(a -> a
                .keyAlgorithm(KeyAlgorithm.AES_128).keyUsage(KeyUsage.TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY)
                .keyClass(software.amazon.awssdk.services.paymentcryptography.model.KeyClass.SYMMETRIC_KEY)
                .keyModesOfUse(m -> m.encrypt(true).decrypt(true).wrap(true).unwrap(true)))
                .replicationRegions("us-west-2")).key();
        service.settle();
        String replicaArn = primary.keyArn().replace(":us-east-1:", ":us-west-2:");
        assertThat(service.control(Region.US_WEST_2).getKey(r -> r.keyIdentifier(replicaArn)).key().keyArn())
                .isEqualTo(replicaArn);
        JsonNode error = assertError(put(SIGNER_A.inRegion("us-west-2"), replicaArn, allowB("payment-cryptography:*")),
                400, "ValidationException");
        assertThat(error.path("message").asText()).contains("replica");
        putOk(primary.keyArn(), allowB("payment-cryptography:*"));
    }

    // ---- attacks ----

    @Test
    void grantingOneUserOfAnAccountDoesNotGrantItsOtherUsers() throws Exception {
        Key key = E2E.createCvk(control);
        putOk(key.keyArn(), policy("Allow", "arn:aws:iam::" + B + ":user/other", null,
                "payment-cryptography:GetKey"));
        assertThat(controlB.getKey(r -> r.keyIdentifier(key.keyArn())).key().keyArn()).isEqualTo(key.keyArn());
        assertDenied(() -> controlB2.getKey(r -> r.keyIdentifier(key.keyArn())));
    }

    @Test
    void aMissingKeyOfAnotherAccountIsDeniedLikeAnExistingOne() {
        String missing = aes.keyArn().substring(0, aes.keyArn().lastIndexOf('/') + 1) + "zzzzzzzzzzzzzzzz";
        assertDenied(() -> controlB.getKey(r -> r.keyIdentifier(missing)));
        assertDenied(() -> controlB.getKey(r -> r.keyIdentifier(aes.keyArn())));
    }

    @Test
    void anOversizedPolicyIsRefused() throws Exception {
        Key key = E2E.createCvk(control);
        String padded = "{\"Id\":\"" + "x".repeat(20_480) + "\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":"
                + "{\"AWS\":\"" + B + "\"},\"Action\":\"payment-cryptography:GetKey\",\"Resource\":\"*\"}}";
        assertError(put(SIGNER_A, key.keyArn(), padded), 400, "ValidationException");
        assertError(get(SIGNER_A, key.keyArn()), 404, "ResourceNotFoundException");
    }

    @Test
    void theAccessDeniedMessageNamesTheActionAndTheKeyOnly() {
        assertThatThrownBy(() -> encryptAsB(aes.keyArn())).isInstanceOfSatisfying(AwsServiceException.class, e ->
                assertThat(e.awsErrorDetails().errorMessage()).contains("payment-cryptography:EncryptData",
                        aes.keyArn(), "arn:aws:iam::" + B + ":user/other").doesNotContain(PLAIN, NIST_KEY));
    }
}
