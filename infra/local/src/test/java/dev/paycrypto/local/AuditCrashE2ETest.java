package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.app.json.JsonCodec;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.paymentcryptography.PaymentCryptographyClient;
import software.amazon.awssdk.services.paymentcryptographydata.PaymentCryptographyDataClient;

/**
 * The audit is group-committed off the request path, so an answered call's record may still be on its way to the
 * disk when the process dies. The promise: a call answered more than 100 ms before a {@code kill -9} has its record,
 * exactly once. The service runs as a user runs it, under load from several clients, and is killed mid-load.
 */
class AuditCrashE2ETest {

    private static final long GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    @TempDir
    Path data;

    @Test
    void everyCallAnsweredMoreThan100MillisecondsBeforeAKillHasExactlyOneRecord() throws Exception {
        Map<String, Long> answeredAt = new ConcurrentHashMap<>();
        long killedAt;
        try (LocalProcess service = LocalProcess.start(data)) {
            String cvk = E2E.createCvk(control(service.endpoint())).keyArn();
            PaymentCryptographyDataClient data = data(service.endpoint());
            AtomicBoolean loading = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(6);
            for (int i = 0; i < 6; i++) {
                clients.submit(() -> {
                    while (loading.get()) {
                        try {
                            String requestId = E2E.cvv2(data, cvk).responseMetadata().requestId();
                            answeredAt.put(requestId, System.nanoTime());
                        } catch (RuntimeException killed) {
                            return;
                        }
                    }
                });
            }
            Thread.sleep(2_000);
            killedAt = System.nanoTime();
            service.kill();
            loading.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        List<String> settled = answeredAt.entrySet().stream().filter(call -> call.getValue() < killedAt - GRACE_NANOS)
                .map(Map.Entry::getKey).toList();
        assertThat(settled).as("calls answered well before the kill").hasSizeGreaterThan(50);

        try (LocalProcess restarted = LocalProcess.start(data)) {
            Map<String, Long> recorded = auditRecords(restarted.endpoint()).stream()
                    .filter(record -> "GenerateCardValidationData".equals(record.path("eventName").asText()))
                    .collect(Collectors.groupingBy(record -> record.path("requestID").asText(), Collectors.counting()));
            for (String requestId : settled) {
                assertThat(recorded.get(requestId)).as("the records of call " + requestId).isEqualTo(1L);
            }
            assertThat(recorded.values()).as("no call recorded twice").allMatch(count -> count == 1L);
        }
    }

    private static List<JsonNode> auditRecords(URI endpoint) throws Exception {
        HttpResponse<String> response = RawRequests.send(endpoint, RawRequests.Signer.DEFAULT, "GET",
                SideEndpoints.AUDIT_PATH + "?limit=10000", Map.of(), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> records = new ArrayList<>();
        JsonCodec.mapper().readTree(response.body()).forEach(records::add);
        assertThat(records).as("the listing holds every record").hasSizeLessThan(10_000);
        return records;
    }

    private static PaymentCryptographyClient control(URI endpoint) {
        return PaymentCryptographyClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(LocalService.credentials("test", "test"))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    /** No retries: a call either was answered, or failed with the process. */
    private static PaymentCryptographyDataClient data(URI endpoint) {
        return PaymentCryptographyDataClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(LocalService.credentials("test", "test"))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(AwsRetryStrategy.doNotRetry()).build())
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }
}
