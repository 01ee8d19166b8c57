package dev.paycrypto.deployed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.deployed.apigateway.SamTranslatedTemplate;
import dev.paycrypto.deployed.stack.DeployedStack;
import dev.paycrypto.app.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

/**
 * The deployed stack through the Python clients: boto3 with {@code paycrypto_stack.client(...)} and the AWS CLI v1
 * with {@code paycrypto_stack} as its plugin, running the getting-started flow ({@code src/test/python/
 * deployed_flow.py}, which prints what each step answered).
 */
class DeployedPythonE2ETest {

    @Test
    void boto3AndTheCliRunTheGettingStartedFlowThroughTheHelper() throws Exception {
        DeployedStack stack = DeployedStack.shared();
        Path repo = SamTranslatedTemplate.repoRoot();
        AwsCredentials credentials = stack.credentials().resolveCredentials();
        ProcessBuilder python = new ProcessBuilder("python3",
                repo.resolve("infra/deployed/src/test/python/deployed_flow.py").toString(),
                stack.endpoint().toString(), stack.region().id())
                .redirectError(stack.logs().resolve("deployed_flow.stderr").toFile());
        python.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
        python.environment().put("AWS_ACCESS_KEY_ID", credentials.accessKeyId());
        python.environment().put("AWS_SECRET_ACCESS_KEY", credentials.secretAccessKey());
        python.environment().put("AWS_CONFIG_FILE", stack.logs().resolve("no-aws-config").toString());
        python.environment().put("AWS_SHARED_CREDENTIALS_FILE", stack.logs().resolve("no-credentials").toString());
        python.environment().put("PYTHONPATH", repo.resolve("infra/clients/python").toString());
        python.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process process = python.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(stack.logs().resolve("deployed_flow.stderr")))
                .isZero();
        JsonNode results = JsonCodec.parse(out);

        JsonNode boto3 = results.path("boto3");
        assertThat(boto3.path("keyArn").asText()).startsWith("arn:aws:payment-cryptography:");
        assertThat(boto3.path("cvv2Digits").asInt()).isEqualTo(3);
        assertThat(boto3.path("verifiedArn").asText()).isEqualTo(boto3.path("keyArn").asText());
        assertThat(boto3.path("wrong").path("code").asText()).isEqualTo("VerificationFailedException");
        assertThat(boto3.path("wrong").path("reason").asText()).isEqualTo("INVALID_VALIDATION_DATA");
        assertThat(boto3.path("listed").asBoolean()).isTrue();

        JsonNode cli = results.path("cli");
        assertThat(cli.path("keyArn").asText()).as(cli.toString()).startsWith("arn:aws:payment-cryptography:");
        assertThat(cli.path("cvv2Digits").asInt()).isEqualTo(3);
        assertThat(cli.path("verifiedArn").asText()).isEqualTo(cli.path("keyArn").asText());
        assertThat(cli.path("keyState").asText()).isEqualTo("CREATE_COMPLETE");
    }
}
