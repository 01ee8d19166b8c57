package dev.paycrypto.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the Python helper's tests ({@code infra/clients/python}: boto3 and the AWS CLI v1 plugin against a local
 * HTTP server) as part of {@code mvn verify}, so a change that breaks them fails the build.
 */
class PythonHelperIT {

    /** The tests in test_paycrypto_stack.py: a file that goes missing, or tests that are skipped, fail this. */
    private static final int EXPECTED_TESTS = 12;
    private static final Path PYTHON_HELPER = Path.of("infra", "clients", "python");

    @Test
    void pythonHelperTestsPass() throws IOException, InterruptedException {
        Path root = repositoryRoot();
        Path log = Files.createTempFile("python-helper-tests", ".log");
        try {
            ProcessBuilder python = new ProcessBuilder("python3", "-m", "unittest", "discover", "-s",
                    root.resolve(PYTHON_HELPER).toString(), "-v")
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            python.environment().put("PYTHONDONTWRITEBYTECODE", "1");
            Process process = python.start();
            boolean finished = process.waitFor(120, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor();
            }
            String report = Files.readString(log, StandardCharsets.UTF_8);

            assertThat(finished).as("python3 finished within 120 s:%n%s", report).isTrue();
            assertThat(process.exitValue()).as(report).isZero();
            assertThat(report).as(report)
                    .containsPattern("(?m)^Ran " + EXPECTED_TESTS + " tests? in ")
                    .containsPattern("(?m)^OK$")
                    .doesNotContain("skipped");
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The checkout's root: the first directory above the module (the test's working directory) with the helper. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(PYTHON_HELPER).resolve("test_paycrypto_stack.py"))) {
                return dir;
            }
        }
        throw new AssertionError(
                "No infra/clients/python/test_paycrypto_stack.py above " + System.getProperty("user.dir"));
    }
}
