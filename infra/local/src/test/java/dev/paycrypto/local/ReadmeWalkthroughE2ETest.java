package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's CLI walk-through, read from README.md (not a copy) and run by bash with the real AWS CLI as a user
 * pastes it; only the endpoint's port is this test's. A README edit that breaks pasting breaks this test.
 */
class ReadmeWalkthroughE2ETest {

    static final Path README = Path.of("../../README.md");
    private static final String MARKER = "<!-- walkthrough:";
    private static final String DOCUMENTED_ENDPOINT = "http://127.0.0.1:8090";

    private static LocalService service;

    @BeforeAll
    static void start() {
        service = new LocalService();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    /** The shell block that follows the walk-through marker. */
    static String walkthrough() throws Exception {
        String readme = Files.readString(README);
        int marker = readme.indexOf(MARKER);
        assertThat(marker).as("the walk-through marker in README.md").isNotNegative();
        int open = readme.indexOf("```sh\n", marker);
        int close = readme.indexOf("\n```", open + 6);
        assertThat(open).isGreaterThan(marker);
        return readme.substring(open + "```sh\n".length(), close + 1);
    }

    @Test
    void theWalkthroughRunsAsWritten() throws Exception {
        String script = walkthrough();
        assertThat(script).contains("export AWS_ENDPOINT_URL=" + DOCUMENTED_ENDPOINT);
        ProcessBuilder bash = new ProcessBuilder("bash", "-e", "-o", "pipefail", "-c",
                script.replace(DOCUMENTED_ENDPOINT, service.endpoint().toString()));
        Map<String, String> env = bash.environment();
        env.keySet().removeIf(name -> name.startsWith("AWS_"));
        env.put("AWS_CONFIG_FILE", "/dev/null");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        env.put("AWS_MAX_ATTEMPTS", "1");
        Process process = bash.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(out + err).isZero();
        assertThat(out).containsPattern("key: arn:aws:payment-cryptography:us-east-1:111122223333:key/[0-9a-z]{16}\n")
                .containsPattern("CVV2: [0-9]{3}\n")
                .contains("\"KeyCheckValue\"")
                .contains("refused, as it should be")
                .endsWith("DELETE_PENDING\n");
        // step 4's refusal reached the user as the CLI prints it: the error's code, once
        assertThat(err).contains("An error occurred (VerificationFailedException) when calling the "
                + "VerifyCardValidationData operation");
        assertThat(err.split("An error occurred", -1)).hasSize(2);
    }
}
