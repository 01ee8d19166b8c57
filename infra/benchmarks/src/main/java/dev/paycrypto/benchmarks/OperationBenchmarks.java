package dev.paycrypto.benchmarks;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import dev.paycrypto.functions.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each data-plane operation through its function, in process, as Lambda would call it: the API Gateway event of
 * {@code events/data/<operation>.json} in, the response event out, the key already stored (the seeded region of
 * the functions' test fixtures: SQLite in memory, keys sealed under an in-memory master key). Everything a warm
 * function does per request is measured: JSON parsing and validation against the model, key resolution, unsealing
 * the TR-31 storage block, the cryptography, the response. The per-request log line is switched off (WARN), so
 * that console I/O does not swamp the figures.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class OperationBenchmarks {

    @Param({"GenerateCardValidationData", "VerifyCardValidationData", "GenerateMac", "VerifyMac", "EncryptData",
            "DecryptData", "ReEncryptData", "GeneratePinData", "VerifyPinData", "TranslatePinData",
            "VerifyAuthRequestCryptogram", "TranslateKeyMaterial"})
    public String operation;

    private RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> function;
    private APIGatewayProxyRequestEvent event;

    @Setup
    public void setUp() throws Exception {
        Configurator.setRootLevel(Level.WARN);
        Path file = Path.of(System.getProperty("paycrypto.events", "events"), "data", operation + ".json");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Run from the repository root (or set -Dpaycrypto.events): no " + file);
        }
        event = EventLoader.loadApiGatewayRestEvent(file.toString());
        function = Fixtures.handler("data", operation, Fixtures.seededRegion());
        APIGatewayProxyResponseEvent first = function.handleRequest(event, null);
        if (first.getStatusCode() != 200) {
            throw new IllegalStateException(operation + " answered " + first.getStatusCode() + ": " + first.getBody());
        }
    }

    @Benchmark
    public APIGatewayProxyResponseEvent request() {
        return function.handleRequest(event, null);
    }
}
