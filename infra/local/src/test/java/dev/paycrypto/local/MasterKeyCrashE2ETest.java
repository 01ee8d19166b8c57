package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.paymentcryptography.PaymentCryptographyClient;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptographydata.PaymentCryptographyDataClient;

/**
 * The master key was replaced in silence: a deleted or replaced {@code master.key} made a new one at the next start,
 * so old keys failed per call with a 500 while new ones were sealed under the new file. Now the local service, run
 * as a user runs it, refuses to start with one clear line when the key of a Region with keys is missing, truncated
 * or another one — and changes nothing on disk — and starts again, every key usable, once the original is back.
 */
class MasterKeyCrashE2ETest {

    @TempDir
    Path data;

    @Test
    void aMissingDamagedOrDifferentMasterKeyStopsTheStartUntilTheOriginalIsBack() throws Exception {
        String cvv2;
        String keyArn;
        try (LocalProcess service = LocalProcess.start(data)) {
            Key cvk = E2E.createCvk(control(service.endpoint()));
            keyArn = cvk.keyArn();
            cvv2 = E2E.cvv2(data(service.endpoint()), keyArn).validationData();
        }
        Path masterKey = data.resolve("us-east-1").resolve("master.key");
        byte[] original = Files.readAllBytes(masterKey);
        byte[] other = new byte[32];
        new SecureRandom().nextBytes(other);

        List<byte[]> damaged = List.of(new byte[0], Arrays.copyOf(original, 31), other);
        for (byte[] replacement : damaged) {
            Files.write(masterKey, replacement);
            assertRefused(masterKey, replacement.length == 32 ? "does not hold the key" : "truncated or damaged");
            assertThat(Files.readAllBytes(masterKey)).as("the file is left as it was").isEqualTo(replacement);
        }
        Files.delete(masterKey);
        assertRefused(masterKey, "is missing");
        assertThat(masterKey).as("no new key was made").doesNotExist();

        Files.write(masterKey, original);
        try (LocalProcess service = LocalProcess.start(data)) {
            assertThat(service.isRunning()).isTrue();
            assertThat(E2E.cvv2(data(service.endpoint()), keyArn).validationData()).isEqualTo(cvv2);
            assertThat(control(service.endpoint()).listKeys(r -> { }).keys()).hasSize(1);
        }
    }

    private void assertRefused(Path masterKey, String why) throws Exception {
        List<Path> before = tree();
        try (LocalProcess refused = LocalProcess.start(data)) {
            assertThat(refused.endpoint()).as("the service did not listen").isNull();
            assertThat(refused.awaitExit()).isEqualTo(1);
            List<String> errors = refused.stderr();
            assertThat(errors).as("one clear line").hasSize(1);
            assertThat(errors.get(0)).startsWith("PayCrypto cannot start: ").contains(masterKey.toString())
                    .contains(why).contains("restore");
        }
        assertThat(tree()).isEqualTo(before);
    }

    private List<Path> tree() throws Exception {
        try (Stream<Path> paths = Files.walk(data)) {
            return paths.filter(path -> !path.toString().endsWith("-wal") && !path.toString().endsWith("-shm"))
                    .sorted().toList();
        }
    }

    private static PaymentCryptographyClient control(URI endpoint) {
        return PaymentCryptographyClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(LocalService.credentials("test", "test"))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    private static PaymentCryptographyDataClient data(URI endpoint) {
        return PaymentCryptographyDataClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(LocalService.credentials("test", "test"))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }
}
