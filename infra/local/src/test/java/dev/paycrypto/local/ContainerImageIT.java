package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.paymentcryptography.PaymentCryptographyClient;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyClass;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptographydata.PaymentCryptographyDataClient;

/**
 * The container image Jib builds under the {@code image} profile ({@code target/paycrypto-local-image.tar}, the
 * format {@code docker load} takes), read and run without a Docker daemon: its configuration (entrypoint, user,
 * port, volume, health check) read from the tar, and its layers unpacked into a directory that becomes the root of
 * the service's process ({@code chroot}, as the image's user when the test runs as root), so that what runs is the
 * image's own Java runtime, libraries and files and nothing of this machine's.
 */
class ContainerImageIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    private static Path image;

    @TempDir
    static Path work;

    private static JsonNode config;
    private static List<String> layers;

    @BeforeAll
    static void readTheImage() throws Exception {
        image = Path.of(System.getProperty("paycrypto.image.tar", "target/paycrypto-local-image.tar"));
        assertThat(image).as("built by mvn -Pimage package").isRegularFile();
        Path unpacked = Files.createDirectories(work.resolve("image"));
        run(List.of("tar", "-xf", image.toString(), "-C", unpacked.toString()));
        JsonNode manifest = JSON.readTree(unpacked.resolve("manifest.json").toFile());
        assertThat(manifest.size()).as("one image in the tar").isEqualTo(1);
        JsonNode entry = manifest.get(0);
        config = JSON.readTree(unpacked.resolve(field(entry, "config").asText()).toFile());
        layers = new ArrayList<>();
        field(entry, "layers").forEach(layer -> layers.add(unpacked.resolve(layer.asText()).toString()));
        assertThat(field(entry, "repoTags").toString()).contains("paycrypto-local:");
    }

    @Test
    void itRunsTheServiceAsANonRootUserOnPort8090WithItsDataInAVolume() {
        JsonNode container = config.path("config");
        assertThat(config.path("os").asText()).isEqualTo("linux");
        assertThat(container.path("User").asText()).isEqualTo("10001:10001");
        assertThat(names(container.path("ExposedPorts"))).containsExactly("8090/tcp");
        assertThat(names(container.path("Volumes"))).containsExactly("/data");
        assertThat(container.path("WorkingDir").asText()).isEqualTo("/data");
        List<String> entrypoint = strings(container.path("Entrypoint"));
        assertThat(entrypoint.get(0)).isEqualTo("java");
        assertThat(entrypoint).last().isEqualTo(Main.class.getName());
        assertThat(strings(container.path("Env"))).contains("PAYCRYPTO_HOST=0.0.0.0", "PAYCRYPTO_DATA_DIR=/data")
                .anyMatch(variable -> variable.startsWith("PATH=/opt/java/bin:"));
        JsonNode health = container.path("Healthcheck");
        assertThat(strings(health.path("Test"))).startsWith("CMD", "/opt/java/bin/java").last()
                .isEqualTo(HealthCheck.class.getName());
        assertThat(health.path("Interval").asLong()).isEqualTo(TimeUnit.SECONDS.toNanos(30));
        assertThat(health.path("Retries").asInt()).isEqualTo(3);
    }

    @Test
    void theUserExistsAndOwnsOnlyTheDataDirectory() throws Exception {
        List<String> listing = new ArrayList<>();
        for (String layer : layers) {
            listing.addAll(run(List.of("tar", "--warning=no-unknown-keyword", "-tvzf", layer, "--numeric-owner")));
        }
        assertThat(listing).anyMatch(line -> line.matches("drwx------ 10001/10001 .* data/"));
        assertThat(listing).filteredOn(line -> line.contains("10001/10001")).allMatch(line -> line.endsWith(" data/"));
        assertThat(listing).anyMatch(line -> line.endsWith(" opt/java/bin/java"))
                .anyMatch(line -> line.contains(" app/classes/dev/paycrypto/local/Main.class"))
                .noneMatch(line -> line.contains("bin/sh"));
        Path root = unpackedRoot();
        assertThat(Files.readString(root.resolve("etc/passwd"))).contains("paycrypto:x:10001:10001:");
    }

    @Test
    void theImageServesTheApiAnswersItsHealthCheckAndStopsCleanly() throws Exception {
        requireNamespaces();
        Path root = unpackedRoot();
        List<String> command = new ArrayList<>(strings(config.path("config").path("Entrypoint")));
        command.addAll(List.of("--port", "0"));
        ProcessBuilder builder = inImage(root, imageEnvironment(Map.of()), command).redirectErrorStream(true);
        Process service = builder.start();
        List<String> output = new CopyOnWriteArrayList<>();
        CompletableFuture<URI> endpoint = new CompletableFuture<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(service.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    output.add(line);
                    Matcher matcher = LISTENING.matcher(line);
                    if (matcher.find()) {
                        endpoint.complete(URI.create(matcher.group(1)));
                    }
                }
            } catch (IOException e) {
                endpoint.completeExceptionally(e);
            }
            endpoint.complete(null);
        });
        pump.start();
        try {
            URI url = endpoint.get(120, TimeUnit.SECONDS);
            assertThat(url).as("the image's service started: %s", output).isNotNull();
            assertThat(url.getHost()).isEqualTo("127.0.0.1");

            try (PaymentCryptographyClient control = PaymentCryptographyClient.builder().endpointOverride(url)
                    .region(Region.US_EAST_1).credentialsProvider(LocalService.credentials("test", "test"))
                    .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
                 PaymentCryptographyDataClient data = PaymentCryptographyDataClient.builder().endpointOverride(url)
                    .region(Region.US_EAST_1).credentialsProvider(LocalService.credentials("test", "test"))
                    .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
                String cvk = control.createKey(b -> b.exportable(true).keyAttributes(a -> a
                        .keyAlgorithm(KeyAlgorithm.TDES_2_KEY).keyClass(KeyClass.SYMMETRIC_KEY)
                        .keyUsage(KeyUsage.TR31_C0_CARD_VERIFICATION_KEY)
                        .keyModesOfUse(m -> m.generate(true).verify(true)))).key().keyArn();
                String cvv2 = data.generateCardValidationData(b -> b.keyIdentifier(cvk)
                        .primaryAccountNumber("171234567890123").generationAttributes(g -> g
                                .cardVerificationValue2(v -> v.cardExpiryDate("0123")))).validationData();
                assertThat(data.verifyCardValidationData(b -> b.keyIdentifier(cvk)
                        .primaryAccountNumber("171234567890123").validationData(cvv2).verificationAttributes(v -> v
                                .cardVerificationValue2(c -> c.cardExpiryDate("0123")))).keyArn()).isEqualTo(cvk);
                // an elliptic-curve key pair: the runtime's curves (jdk.crypto.ec) are in the image
                assertThat(control.createKey(b -> b.exportable(true).keyAttributes(a -> a
                        .keyAlgorithm(KeyAlgorithm.ECC_NIST_P256).keyClass(KeyClass.ASYMMETRIC_KEY_PAIR)
                        .keyUsage(KeyUsage.TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT)
                        .keyModesOfUse(m -> m.deriveKey(true)))).key().keyArn()).startsWith("arn:aws:");
            }

            List<String> test = strings(config.path("config").path("Healthcheck").path("Test"));
            ProcessBuilder healthCheck = inImage(root, imageEnvironment(Map.of("PAYCRYPTO_PORT",
                    String.valueOf(url.getPort()))), test.subList(1, test.size()));
            Process check = healthCheck.redirectErrorStream(true).start();
            String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(check.exitValue()).as(said).isZero();
            assertThat(said).startsWith("healthy: http://127.0.0.1:" + url.getPort());

            try (var stored = Files.list(root.resolve("data"))) {
                assertThat(stored.toList()).as("the Regions' stores are in the volume").isNotEmpty();
            }
        } finally {
            stop(service);
            pump.join(30_000);
        }
        assertThat(output).contains("PayCrypto local stopped: connections closed, stores closed");
        assertThat(String.join("\n", output)).doesNotContain("Exception");
    }

    /**
     * SIGTERM to the image's process itself, as {@code docker stop} sends it to a container's first process: the
     * innermost of {@code service}'s descendants (the parent-death signal {@code unshare} arranges does not survive
     * {@code chroot}'s change of user); the rest killed if it has not stopped within 30 seconds.
     */
    private static void stop(Process service) throws InterruptedException {
        List<ProcessHandle> tree = service.descendants().toList();
        tree.stream().filter(process -> process.children().findAny().isEmpty()).forEach(ProcessHandle::destroy);
        if (!service.waitFor(30, TimeUnit.SECONDS)) {
            tree.forEach(ProcessHandle::destroyForcibly);
            service.destroyForcibly();
        }
    }

    /**
     * Running the image needs mount and process namespaces: root has them, other users where the kernel allows
     * unprivileged user namespaces (Ubuntu 24.04's AppArmor does not, by default). Where they cannot be made, this
     * test is skipped saying why, unless {@code PAYCRYPTO_IMAGE_RUN=required} (which {@code .ci/run} sets) makes
     * that a failure.
     */
    private static void requireNamespaces() throws Exception {
        List<String> probe = new ArrayList<>(List.of(tool("unshare")));
        if (!"0".equals(run(List.of("id", "-u")).get(0).strip())) {
            probe.addAll(List.of("--user", "--map-root-user"));
        }
        probe.addAll(List.of("--mount", "--pid", "--fork", tool("mount"), "--make-rprivate", "/"));
        Process process = new ProcessBuilder(probe).redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        boolean possible = process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        String why = "this machine does not let this user make mount and PID namespaces (" + said + "), so the image"
                + " cannot be run without a container engine; its configuration and layers were still checked";
        if ("required".equals(System.getenv("PAYCRYPTO_IMAGE_RUN"))) {
            assertThat(possible).as(why).isTrue();
        }
        assumeTrue(possible, why);
    }

    private static Path rootfs;

    /** The image's layers unpacked, in order, into one directory: what a container's root would hold. */
    private static synchronized Path unpackedRoot() throws Exception {
        if (rootfs == null) {
            Path root = Files.createDirectories(work.resolve("rootfs"));
            for (String layer : layers) {
                run(List.of("tar", "--warning=no-unknown-keyword", "-xzf", layer, "-C", root.toString(), "--numeric-owner"));
            }
            // where the container runtime mounts /proc and /dev
            Files.createDirectories(root.resolve("proc"));
            Files.createDirectories(root.resolve("dev"));
            rootfs = root;
        }
        return rootfs;
    }

    /**
     * {@code command} run as a container runtime would run it from the image: in its own mount and process
     * namespaces, with a fresh /proc and this machine's /dev, {@code root} as its root, only {@code environment}, and
     * as the image's user when this test runs as root (else as root of a user namespace).
     */
    private static ProcessBuilder inImage(Path root, Map<String, String> environment, List<String> command)
            throws Exception {
        boolean superuser = "0".equals(run(List.of("id", "-u")).get(0).strip());
        List<String> full = new ArrayList<>(List.of(tool("unshare")));
        if (!superuser) {
            full.addAll(List.of("--user", "--map-root-user"));
        }
        full.addAll(List.of("--mount", "--pid", "--fork", "--kill-child=SIGTERM", "--mount-proc=" + root.resolve("proc"),
                tool("sh"), "-c", "\"$0\" --rbind /dev \"$1/dev\" && shift && exec \"$@\"", tool("mount"),
                root.toString(), tool("chroot")));
        if (superuser) {
            full.add("--userspec=10001:10001");
        }
        full.add(root.toString());
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full);
        builder.environment().clear();
        builder.environment().putAll(environment);
        return builder;
    }

    /** The image's environment, with {@code more}. */
    private static Map<String, String> imageEnvironment(Map<String, String> more) {
        Map<String, String> environment = new java.util.HashMap<>();
        for (String variable : strings(config.path("config").path("Env"))) {
            int equals = variable.indexOf('=');
            environment.put(variable.substring(0, equals), variable.substring(equals + 1));
        }
        environment.putAll(more);
        return environment;
    }

    /** A tool of this machine, by absolute path: the jailed process's PATH is the image's. */
    private static String tool(String name) {
        for (String directory : (System.getenv("PATH") + ":/usr/sbin:/sbin:/usr/bin:/bin").split(":")) {
            Path candidate = Path.of(directory.isEmpty() ? "." : directory, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new AssertionError(name + " is needed to run the image without a Docker daemon");
    }

    private static List<String> run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s: %s", command, out).isZero();
        return out.lines().toList();
    }

    /** A field of the docker-archive manifest, whose names Docker reads in any case. */
    private static JsonNode field(JsonNode entry, String name) {
        for (Map.Entry<String, JsonNode> field : entry.properties()) {
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue();
            }
        }
        throw new AssertionError("no " + name + " in " + entry);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
