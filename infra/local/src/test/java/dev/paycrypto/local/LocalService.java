package dev.paycrypto.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.paymentcryptography.PaymentCryptographyClient;
import software.amazon.awssdk.services.paymentcryptographydata.PaymentCryptographyDataClient;

/**
 * The local runtime started for a test on a free port, in memory, with the project's own template.yaml, and the
 * official SDK clients pointed at it. The clock can be moved forward.
 */
final class LocalService implements AutoCloseable {

    static final Path TEMPLATE = Path.of("../../template.yaml");
    static final String ACCOUNT = "111122223333";
    static final String OTHER_ACCOUNT = "444455556666";

    private final MutableClock clock = new MutableClock(Instant.now());
    private final RuntimeOptions options;
    private final LocalFunctionFactory factory;
    private final LocalRuntime runtime;

    LocalService() {
        this(UnaryOperator.identity());
    }

    /** A service whose test options {@code adjust} changes (limits, a data directory). */
    LocalService(UnaryOperator<RuntimeOptions> adjust) {
        options = adjust.apply(RuntimeOptions.forTests(TEMPLATE, clock));
        factory = new LocalFunctionFactory(options);
        try {
            runtime = LocalRuntime.start(options, factory);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            factory.close();
            throw new IllegalStateException(e);
        }
    }

    LocalRuntime runtime() {
        return runtime;
    }

    RuntimeOptions options() {
        return options;
    }

    URI endpoint() {
        return runtime.endpoint();
    }

    LocalFunctionFactory factory() {
        return factory;
    }

    /**
     * Waits until the bus is quiet and the audit committed: the workers have done what the calls so far asked of
     * them (the bus, like EventBridge, delivers after the call has answered).
     */
    void settle() {
        factory.settle(Duration.ofSeconds(30));
    }

    /** Every audit record the service holds, for the accounts of the test credentials in every region, settled. */
    List<JsonNode> auditRecords() {
        settle();
        List<JsonNode> records = new ArrayList<>();
        for (String region : options.regions()) {
            for (String account : List.of(ACCOUNT, OTHER_ACCOUNT)) {
                records.addAll(factory.services(region).audit().list(account, Integer.MAX_VALUE));
            }
        }
        return records;
    }

    void advance(Duration duration) {
        clock.advance(duration);
    }

    /** Fires the schedules that are due on the service's clock, and waits for what they set off. */
    int runDueSchedules() {
        settle();
        int fired = factory.scheduler().runDue();
        settle();
        return fired;
    }

    PaymentCryptographyClient control(Region region) {
        return PaymentCryptographyClient.builder().endpointOverride(endpoint()).region(region)
                .credentialsProvider(credentials("test", "test"))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    PaymentCryptographyDataClient data(Region region) {
        return PaymentCryptographyDataClient.builder().endpointOverride(endpoint()).region(region)
                .credentialsProvider(credentials("test", "test"))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    static StaticCredentialsProvider credentials(String accessKey, String secret) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secret));
    }

    @Override
    public void close() {
        runtime.close();
        factory.close();
    }

    /** A clock tests can move forward. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
