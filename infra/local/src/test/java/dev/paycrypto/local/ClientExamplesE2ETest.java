package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's complete client examples ({@code infra/examples}), run as their users run them against the local
 * service: the Java one compiled from its source with the SDK on the class path, the Python one by python3 with
 * boto3, the Node.js one by node with the pinned JavaScript SDK ({@code npm ci}, which {@code .ci/run} does, is
 * done here if it has not been).
 */
class ClientExamplesE2ETest {

    private static final Path EXAMPLES = Path.of("../examples");
    private static LocalService service;

    @TempDir
    Path classes;

    @BeforeAll
    static void start() {
        service = new LocalService();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void theJavaExampleCompilesFromItsSourceAndRuns() throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classPath = System.getProperty("java.class.path");
        int compiled = javac.run(null, null, null, "-d", classes.toString(), "-cp", classPath,
                EXAMPLES.resolve("java/GettingStarted.java").toString());
        assertThat(compiled).as("javac of the example").isZero();
        String out = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                classes + java.io.File.pathSeparator + classPath, "GettingStarted", service.endpoint().toString()),
                EXAMPLES.resolve("java"));
        assertThat(out).containsPattern("key: arn:aws:payment-cryptography:us-east-1:111122223333:key/\\S+ \\(KCV [0-9A-F]{6}\\)")
                .contains("CVV2 verified").contains("wrong CVV2 refused: INVALID_VALIDATION_DATA")
                .contains("key state: DELETE_PENDING");
    }

    @Test
    void thePythonExampleRunsWithBoto3() throws Exception {
        String out = run(List.of("python3", "getting_started.py"), EXAMPLES.resolve("python"));
        assertThat(out).contains("CVV2 verified")
                .contains("wrong CVV2 refused: VerificationFailedException INVALID_VALIDATION_DATA")
                .contains("key state: DELETE_PENDING");
    }

    @Test
    void theNodeExampleRunsWithTheJavaScriptSdk() throws Exception {
        Path node = EXAMPLES.resolve("node");
        if (!Files.isDirectory(node.resolve("node_modules/@aws-sdk/client-payment-cryptography"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), node);
        }
        String out = run(List.of("node", "getting_started.mjs"), node);
        assertThat(out).containsPattern("key: arn:aws:payment-cryptography:us-east-1:111122223333:key/\\S+ \\(KCV [0-9A-F]{6}\\)")
                .contains("key state: CREATE_COMPLETE").contains("-> the key").contains("key state: DELETE_PENDING");
    }

    private static String run(List<String> command, Path directory) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("AWS_"));
        env.put("AWS_ENDPOINT_URL", service.endpoint().toString());
        env.put("AWS_CONFIG_FILE", "/dev/null");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as(command.toString()).isTrue();
        assertThat(process.exitValue()).as(command + "\n" + out + err).isZero();
        return out;
    }
}
