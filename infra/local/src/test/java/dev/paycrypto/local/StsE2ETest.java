package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scripts check their credentials with {@code sts get-caller-identity} before anything else (all of AWS's AS2805
 * samples do). With {@code AWS_ENDPOINT_URL} pointing here, the real AWS CLI and boto3 get the configured
 * credential's account and user, in STS's XML; other STS actions are refused in STS's error format.
 */
class StsE2ETest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";
    private static LocalService service;

    @BeforeAll
    static void start() {
        service = new LocalService();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void theAwsCliGetsTheCallersIdentityThroughAwsEndpointUrl() throws Exception {
        Process process = cli("test", "test", "eu-west-3", "sts", "get-caller-identity", "--output", "json");
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isZero();
        JsonNode identity = new ObjectMapper().readTree(out);
        assertThat(identity.path("Account").asText()).isEqualTo("111122223333");
        assertThat(identity.path("Arn").asText()).isEqualTo("arn:aws:iam::111122223333:user/test");
        assertThat(identity.path("UserId").asText()).matches("AIDA[A-Z2-7]{17}");
    }

    @Test
    void boto3AnswersForEachConfiguredCredential() throws Exception {
        String script = "import boto3\n"
                + "print(boto3.client('sts').get_caller_identity()['Account'])\n";
        Process process = python(script, "other", "other-secret");
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isZero();
        assertThat(out.trim()).isEqualTo("444455556666");
    }

    @Test
    void aWrongSecretIsRefusedAsStsWouldRefuseIt() throws Exception {
        Process process = cli("test", "not-the-secret", "us-east-1", "sts", "get-caller-identity");
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isNotZero();
        // botocore parsed the XML error: it names the code, not "invalid XML"
        assertThat(err).contains("SignatureDoesNotMatch").doesNotContain("XML");
    }

    @Test
    void everyOtherStsActionIsRefusedInStsFormat() throws Exception {
        RawRequests.Signer signer = RawRequests.Signer.DEFAULT.forService("sts");
        for (String action : List.of("AssumeRole", "GetSessionToken", "")) {
            HttpResponse<String> response = RawRequests.send(service.endpoint(), signer, "POST", "/",
                    Map.of("Content-Type", FORM), "Action=" + action + "&Version=2011-06-15");
            assertThat(response.statusCode()).as(action).isEqualTo(400);
            assertThat(response.body()).as(action).startsWith("<ErrorResponse")
                    .contains("<Code>InvalidAction</Code>");
        }
        HttpResponse<String> query = RawRequests.send(service.endpoint(), signer, "GET",
                "/?Action=GetCallerIdentity&Version=2011-06-15", Map.of(), null);
        assertThat(query.statusCode()).isEqualTo(200);
        assertThat(query.body()).contains("<Account>111122223333</Account>");
    }

    private static Process cli(String accessKey, String secret, String region, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("aws"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        environment(builder.environment(), accessKey, secret, region);
        return builder.start();
    }

    private static Process python(String script, String accessKey, String secret) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("python3", "-c", script);
        environment(builder.environment(), accessKey, secret, "us-east-1");
        return builder.start();
    }

    private static void environment(Map<String, String> env, String accessKey, String secret, String region) {
        env.put("AWS_ENDPOINT_URL", service.endpoint().toString());
        env.put("AWS_ACCESS_KEY_ID", accessKey);
        env.put("AWS_SECRET_ACCESS_KEY", secret);
        env.put("AWS_DEFAULT_REGION", region);
        env.put("AWS_CONFIG_FILE", "/dev/null");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        env.put("AWS_MAX_ATTEMPTS", "1");
    }
}
