package dev.paycrypto.benchmarks;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import dev.paycrypto.functions.Fixtures;
import dev.paycrypto.service.audit.BackgroundAudit;
import dev.paycrypto.aws.EventBridgeBus;
import dev.paycrypto.app.events.EventBus;
import dev.paycrypto.service.runtime.Services;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * What the audit costs a deployed call, in one run: CVV2 generate through its function, as Lambda calls it, with
 * the audit going nowhere (the floor), delivered to EventBridge before the response (moto_server's EventBridge, as
 * {@code AUDIT_DELIVERY=direct}), and sent after it ({@link BackgroundAudit}, as deployed; the drain the Lambda
 * extension waits for runs between calls, outside the timed part, as Lambda runs it after the response). Prints
 * p50/p99 per call for each and the p50 each adds to the floor.
 *
 * <p>Usage: {@code AuditLatency <moto endpoint> [calls]} (see {@code audit-latency.sh}).
 */
public final class AuditLatency {

    private AuditLatency() {
    }

    public static void main(String[] args) throws Exception {
        Configurator.setRootLevel(Level.WARN);
        URI moto = URI.create(args[0]);
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        EventBridgeClient eventBridge = EventBridgeClient.builder().endpointOverride(moto).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        eventBridge.createEventBus(r -> r.name("paycrypto-audit-latency"));
        EventBus toMoto = new EventBridgeBus(eventBridge, "paycrypto-audit-latency");
        BackgroundAudit background = new BackgroundAudit(toMoto, () -> { });
        APIGatewayProxyRequestEvent request = EventLoader.loadApiGatewayRestEvent(
                Path.of("events", "data", "GenerateCardValidationData.json").toString());

        double[] none = measure(request, EventBus.NONE, null, calls);
        double[] direct = measure(request, toMoto, null, calls);
        double[] after = measure(request, background::send, background, calls);
        System.out.printf("%-44s %10s %10s %16s%n", "CVV2 generate, in process", "p50 ms", "p99 ms", "p50 added ms");
        print("audit going nowhere (floor)", none, none);
        print("audit to EventBridge before the response", direct, none);
        print("audit to EventBridge after the response", after, none);
    }

    private static double[] measure(APIGatewayProxyRequestEvent request, EventBus bus, BackgroundAudit drain,
                                    int calls) throws Exception {
        Services seeded = Fixtures.seededRegion();
        Services services = new Services(seeded.region(), seeded.keyStore(), seeded.sealer(), seeded.clock(),
                seeded.random(), seeded.metrics(), bus, seeded.audit(), seeded.scheduler(), seeded.regions());
        RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> function =
                Fixtures.handler("data", "GenerateCardValidationData", services);
        double[] millis = new double[calls];
        for (int round = 0; round < 2; round++) {  // the first round warms up
            for (int i = 0; i < calls; i++) {
                long start = System.nanoTime();
                APIGatewayProxyResponseEvent response = function.handleRequest(request, null);
                millis[i] = (System.nanoTime() - start) / 1e6;
                if (response.getStatusCode() != 200) {
                    throw new IllegalStateException("answered " + response.getStatusCode());
                }
                if (drain != null) {
                    drain.awaitDrained(Duration.ofSeconds(10));
                }
            }
        }
        Arrays.sort(millis);
        return new double[] {millis[calls / 2], millis[calls * 99 / 100]};
    }

    private static void print(String label, double[] measured, double[] floor) {
        System.out.printf("%-44s %10.3f %10.3f %16.3f%n", label, measured[0], measured[1], measured[0] - floor[0]);
    }
}
