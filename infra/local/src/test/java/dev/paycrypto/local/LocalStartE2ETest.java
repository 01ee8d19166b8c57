package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user meets when a start goes wrong or ends: one line on stderr and an exit code per kind of failure (never
 * a stack trace); the ready line scripts wait for; a banner that never prints a configured secret; a line on stop.
 */
class LocalStartE2ETest {

    @TempDir
    Path root;

    @Test
    void aBusyPortIsOneLineAndItsOwnExitCode() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             LocalProcess service = LocalProcess.start(root.resolve("data"), "--port",
                     String.valueOf(taken.getLocalPort()))) {
            assertThat(service.endpoint()).isNull();
            assertThat(service.awaitExit()).isEqualTo(Main.EXIT_PORT_IN_USE);
            assertOneLine(service.stderr(), "PayCrypto cannot start: port " + taken.getLocalPort()
                    + " on 127.0.0.1 is in use (choose another with --port)");
        }
    }

    @Test
    void aBadOptionIsOneLineAndItsOwnExitCode() throws Exception {
        try (LocalProcess service = LocalProcess.start(root.resolve("data"), "--prot", "8090")) {
            assertThat(service.awaitExit()).isEqualTo(Main.EXIT_BAD_OPTION);
            assertOneLine(service.stderr(), "PayCrypto cannot start: unknown option --prot (--help lists the options)");
        }
        try (LocalProcess service = LocalProcess.start(root.resolve("data"), "--regions", "../etc")) {
            assertThat(service.awaitExit()).isEqualTo(Main.EXIT_BAD_OPTION);
            assertOneLine(service.stderr(), "PayCrypto cannot start: Not a region name: ../etc");
        }
        // an address no interface here has (192.0.2.0/24 is for documentation, RFC 5737): not a busy port
        try (LocalProcess service = LocalProcess.start(root.resolve("data"), "--host", "192.0.2.1")) {
            assertThat(service.awaitExit()).isEqualTo(Main.EXIT_BAD_OPTION);
            assertOneLine(service.stderr(), "PayCrypto cannot start: --host 192.0.2.1 is not an address of this "
                    + "machine (use 127.0.0.1, 0.0.0.0 for every interface, or the address of one of its interfaces)");
        }
    }

    @Test
    void anUnusableDataDirectoryIsOneLineAndItsOwnExitCode() throws Exception {
        Path file = Files.writeString(root.resolve("not-a-directory"), "x");
        Map<Path, String> reasons = Map.of(file, "a file of that name is in the way",
                file.resolve("below"), "not a directory");
        for (Map.Entry<Path, String> unusable : reasons.entrySet()) {
            try (LocalProcess service = LocalProcess.start(unusable.getKey())) {
                assertThat(service.awaitExit()).as(unusable.getKey().toString()).isEqualTo(Main.EXIT_DATA_DIRECTORY);
                List<String> errors = service.stderr();
                assertThat(errors).as(unusable.getKey().toString()).hasSize(1);
                assertThat(errors.get(0)).startsWith("PayCrypto cannot start: cannot create the data directory "
                        + unusable.getKey()).endsWith("(" + unusable.getValue() + ")");
            }
        }
    }

    @Test
    void theReadyLineComesFirstAndAConfiguredSecretIsNeverPrinted() throws Exception {
        try (LocalProcess service = LocalProcess.start(root.resolve("data"), "--credentials",
                "team:Sup3rS3cretValue:123456789012")) {
            assertThat(service.endpoint()).isNotNull();
            String expected = "AWS_ACCESS_KEY_ID=team AWS_SECRET_ACCESS_KEY=<the secret you configured>";
            List<String> out = awaitStdout(service, expected);
            assertThat(out.get(0)).startsWith(Main.READY + service.endpoint());
            assertThat(String.join("\n", out)).doesNotContain("Sup3rS3cretValue").contains(expected);
            service.stop();
            assertThat(service.stderr()).isEmpty();
        }
    }

    @Test
    void theDefaultSecretIsPrintedAndSigtermSaysTheStoresAreClosed() throws Exception {
        try (LocalProcess service = LocalProcess.start(root.resolve("data"))) {
            String expected = "AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1"
                    + " AWS_ENDPOINT_URL=" + service.endpoint();
            assertThat(String.join("\n", awaitStdout(service, expected))).contains(expected)
                    .as("on the loopback only this machine reaches it").doesNotContain("note:");
            service.stop();
            assertThat(service.isRunning()).isFalse();
            String stopped = "PayCrypto local stopped: connections closed, stores closed";
            assertThat(awaitStdout(service, stopped)).as(service.stderr().toString()).last().isEqualTo(stopped);
        }
    }

    @Test
    void onEveryInterfaceTheBannerNamesTheLoopbackAndTheHealthCheckCommandSaysHealthyThenUnhealthy() throws Exception {
        try (LocalProcess service = LocalProcess.start(root.resolve("data"), "--host", "0.0.0.0")) {
            assertThat(service.endpoint()).isNotNull();
            assertThat(service.endpoint().getHost()).isEqualTo("127.0.0.1");
            assertThat(awaitStdout(service, "note:")).contains("  note: other machines may reach 0.0.0.0, and the "
                    + "default credential test/test is accepted: set --credentials before they can");
            String port = String.valueOf(service.endpoint().getPort());
            Map<String, String> env = Map.of("PAYCRYPTO_PORT", port, "PAYCRYPTO_HOST", "0.0.0.0");
            assertThat(healthCheck(env)).isEqualTo("0 healthy: http://127.0.0.1:" + port + "/_paycrypto/health");
            service.stop();
            assertThat(healthCheck(env)).startsWith("1 unhealthy: http://127.0.0.1:" + port + "/_paycrypto/health");
        }
    }

    /** Runs the image's health check command with {@code env}: its exit code and its one line. */
    private static String healthCheck(Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HealthCheck.class.getName()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(out.lines().count()).as(out).isEqualTo(1);
        return process.exitValue() + " " + out;
    }

    /** Standard output once it holds {@code text} (its reader trails the process), or after five seconds. */
    private static List<String> awaitStdout(LocalProcess service, String text) throws InterruptedException {
        for (int i = 0; i < 100 && !String.join("\n", service.stdout()).contains(text); i++) {
            Thread.sleep(50);
        }
        return service.stdout();
    }

    private static void assertOneLine(List<String> stderr, String line) {
        assertThat(stderr).containsExactly(line);
    }
}
