package dev.paycrypto.deployed.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.paycrypto.deployed.lambda.InvocationResult.Outcome;
import dev.paycrypto.deployed.lambda.fixtures.FailingHandler;
import dev.paycrypto.deployed.lambda.fixtures.GatedExtensionHandler;
import dev.paycrypto.deployed.lambda.fixtures.HelloHandler;
import dev.paycrypto.deployed.lambda.fixtures.InitFailingHandler;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Fixture handlers packaged in a Lambda layout and run in their own JVMs under the real runtime interface client
 * 2.10.1, against the Runtime API emulation.
 */
class FunctionProcessIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TIERED = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1";

    @TempDir
    Path folder;

    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
    }

    @ParameterizedTest
    @EnumSource(value = LayerPlacement.class, names = {"MOUNT_NAMESPACE", "CLASS_PATH"})
    void aHandlerAnswersTwiceFromOneWarmJvmWithLambdasClassPathAndEnvironment(LayerPlacement placement)
            throws Exception {
        assumeTrue(placement != LayerPlacement.MOUNT_NAMESPACE
                        || LayerPlacement.AUTO.resolve() == LayerPlacement.MOUNT_NAMESPACE,
                "this machine refuses user and mount namespaces");
        FixtureLayout layout = FixtureLayout.create(folder, HelloHandler.class);
        FunctionProcess function = start(FunctionProcess.builder("Hello", HelloHandler.class.getName(),
                        layout.taskRoot(), layout.optRoot())
                .layerPlacement(placement)
                .memorySizeMb(512)
                .timeout(Duration.ofSeconds(20))
                .environment(Map.of("GREETING_SUFFIX", "!", "JAVA_TOOL_OPTIONS", TIERED)));

        InvocationResult first = function.invoke("{\"name\":\"lambda\"}");
        InvocationResult second = function.invoke("{\"name\":\"again\"}");

        assertThat(first.outcome()).as(function.log()).isEqualTo(Outcome.SUCCESS);
        assertThat(second.outcome()).as(function.log()).isEqualTo(Outcome.SUCCESS);
        JsonNode one = JSON.readTree(first.body());
        JsonNode two = JSON.readTree(second.body());
        assertThat(one.get("greeting").asText()).isEqualTo("hello lambda!");
        assertThat(two.get("greeting").asText()).isEqualTo("hello again!");
        // warm: the second invocation ran in the same JVM, whose state it kept
        assertThat(one.get("invocation").asInt()).isEqualTo(1);
        assertThat(two.get("invocation").asInt()).isEqualTo(2);
        assertThat(two.get("pid").asLong()).isEqualTo(one.get("pid").asLong());
        assertThat(function.launches()).isEqualTo(1);
        assertThat(function.coldStart()).hasValueSatisfying(d -> assertThat(d).isPositive());
        assertThat(function.initDuration()).hasValueSatisfying(
                d -> assertThat(d).isLessThanOrEqualTo(function.coldStart().orElseThrow()));

        // the context the RIC built from the Runtime API's headers and the Lambda-defined variables
        assertThat(one.get("requestId").asText()).isEqualTo(first.requestId()).isNotEqualTo(second.requestId());
        assertThat(one.get("functionName").asText()).isEqualTo("Hello");
        assertThat(one.get("functionArn").asText()).isEqualTo("arn:aws:lambda:us-east-1:111122223333:function:Hello");
        assertThat(one.get("memoryLimitMb").asInt()).isEqualTo(512);
        assertThat(one.get("remainingMs").asLong()).isBetween(1L, 20_000L);
        assertThat(Path.of(one.get("userDir").asText()).toRealPath()).isEqualTo(layout.taskRoot().toRealPath());
        assertThat(one.get("taskRoot").asText()).isEqualTo(layout.taskRoot().toAbsolutePath().toString());
        List<String> names = new ArrayList<>();
        one.get("environmentNames").forEach(name -> names.add(name.asText()));
        assertThat(names).as("nothing inherited from the test JVM")
                .containsExactlyInAnyOrderElementsOf(withCallerNames(FunctionProcess.LAMBDA_DEFINED));
        assertThat(one.get("jvmArguments").toString())
                .contains("-XX:TieredStopAtLevel=1", "-Xmx256m", "-XX:+UseSerialGC");
        assertThat(one.get("maxHeapMb").asInt()).isBetween(200, 256);

        // Lambda's class path: the handler and the layer through the RIC's customer class loader
        String customerLoader = "com.amazonaws.services.lambda.runtime.api.client.CustomerClassLoader";
        assertThat(one.get("handlerLoader").asText()).isEqualTo(customerLoader);
        assertThat(one.get("layerGreeting").asText()).isEqualTo("from the layer");
        if (placement == LayerPlacement.MOUNT_NAMESPACE) {
            assertThat(one.get("layerLoader").asText()).isEqualTo(customerLoader);
            assertThat(one.get("layerJar").asText()).isEqualTo("file:/opt/java/lib/fixture-layer.jar");
            assertThat(one.get("resourceCopy").asText()).as("Lambda: the task root before the layers")
                    .isEqualTo("task");
            assertThat(one.get("taskRootWritable").asBoolean()).as("Lambda's /var/task is read-only").isFalse();
        } else {
            // the documented difference of the fallback: layers come from the system class loader, before the task
            assertThat(one.get("layerLoader").asText()).endsWith("AppClassLoader");
            assertThat(one.get("resourceCopy").asText()).isEqualTo("layer");
        }

        assertThat(function.log()).contains("hello handler ran " + first.requestId(),
                "Picked up JAVA_TOOL_OPTIONS: " + TIERED);
        long pid = function.pid().orElseThrow();
        System.out.printf("%s cold start: %d ms to the first answer (Init %d ms); warm invocation %d ms; %s%n",
                placement, function.coldStart().orElseThrow().toMillis(), function.initDuration().orElseThrow()
                        .toMillis(), second.duration().toMillis(), residentMemory(pid));
        function.close();
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("the JVM ended at close").isEmpty();
        assertThat(function.invoke("{}").outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void anExceptionIsTheInvocationsErrorAndTheEnvironmentStaysWarm() throws Exception {
        FixtureLayout layout = FixtureLayout.create(folder, FailingHandler.class);
        FunctionProcess function = start(FunctionProcess.builder("Failing", FailingHandler.class.getName(),
                layout.taskRoot(), layout.optRoot()).timeout(Duration.ofSeconds(20)));

        InvocationResult failed = function.invoke("{}");
        InvocationResult fine = function.invoke("{\"ok\":true}");

        assertThat(failed.outcome()).as(function.log()).isEqualTo(Outcome.FUNCTION_ERROR);
        assertThat(failed.errorType()).isEqualTo("java.lang.IllegalStateException");
        assertThat(failed.errorMessage()).isEqualTo("card declined: reason code 51");
        assertThat(JSON.readTree(failed.body()).has("stackTrace")).isTrue();
        assertThat(fine.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(fine.body()).isEqualTo("\"fine\"");
        assertThat(function.launches()).isEqualTo(1);
    }

    @Test
    void anExtensionHoldsTheNextInvocationUntilItAsksForItsNextEvent() throws Exception {
        CountDownLatch gateOpen = new CountDownLatch(1);
        Semaphore atGate = new Semaphore(0);
        HttpServer gate = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gate.setExecutor(Executors.newCachedThreadPool());
        gate.createContext("/gate", exchange -> {
            atGate.release();
            try {
                gateOpen.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        gate.start();
        toClose.add(() -> {
            gateOpen.countDown();
            gate.stop(0);
        });
        FixtureLayout layout = FixtureLayout.create(folder, GatedExtensionHandler.class);
        FunctionProcess function = start(FunctionProcess.builder("Gated", GatedExtensionHandler.class.getName(),
                layout.taskRoot(), layout.optRoot()).timeout(Duration.ofSeconds(20)));
        String gated = "{\"gate\":\"http://127.0.0.1:" + gate.getAddress().getPort() + "/gate\"}";

        assertThat(function.invoke("{}").outcome()).as(function.log()).isEqualTo(Outcome.SUCCESS);
        assertThat(function.runtimeApi().registeredExtensions()).containsExactly("fixture-gate");

        // the answer reaches the caller while the extension is still working on the invocation
        InvocationResult held = function.invoke(gated);
        assertThat(held.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(atGate.tryAcquire(10, TimeUnit.SECONDS)).as("the extension reached the gate").isTrue();
        assertThat(gateOpen.getCount()).isEqualTo(1);

        // the environment is not frozen yet, so the next invocation waits
        long dispatched = function.runtimeApi().dispatchedCount();
        CompletableFuture<InvocationResult> next = function.submit("{}", Duration.ofSeconds(20));
        assertThatThrownBy(() -> next.get(500, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        assertThat(function.runtimeApi().dispatchedCount()).isEqualTo(dispatched);

        gateOpen.countDown();
        assertThat(next.get(10, TimeUnit.SECONDS).outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(function.runtimeApi().dispatchedCount()).isEqualTo(dispatched + 1);
        assertThat(function.launches()).isEqualTo(1);
    }

    @Test
    void anInvocationPastItsTimeoutFailsAndTheNextOneGetsAFreshJvm() throws Exception {
        FixtureLayout layout = FixtureLayout.create(folder, HelloHandler.class);
        FunctionProcess function = start(FunctionProcess.builder("Slow", HelloHandler.class.getName(),
                layout.taskRoot(), layout.optRoot()).timeout(Duration.ofSeconds(20)));
        long firstPid = JSON.readTree(function.invoke("{}").body()).get("pid").asLong();

        InvocationResult slow = function.invoke("{\"sleepMs\":10000}", Duration.ofMillis(500));

        assertThat(slow.outcome()).isEqualTo(Outcome.TIMED_OUT);
        assertThat(slow.timedOut()).isTrue();
        assertThat(slow.errorType()).isEqualTo("Sandbox.Timedout");
        assertThat(slow.errorMessage()).contains("Task timed out after 0.50 seconds");
        InvocationResult after = function.invoke("{}");
        assertThat(after.outcome()).as(function.log()).isEqualTo(Outcome.SUCCESS);
        JsonNode body = JSON.readTree(after.body());
        assertThat(body.get("pid").asLong()).isNotEqualTo(firstPid);
        assertThat(body.get("invocation").asInt()).isEqualTo(1);
        assertThat(function.launches()).isEqualTo(2);
    }

    @Test
    void anInitialisationErrorIsTheErrorOfTheInvocationThatStartedTheEnvironment() throws Exception {
        FixtureLayout layout = FixtureLayout.create(folder, InitFailingHandler.class);
        FunctionProcess function = start(FunctionProcess.builder("InitFailing", InitFailingHandler.class.getName(),
                layout.taskRoot(), layout.optRoot()));

        InvocationResult result = function.invoke("{}");

        assertThat(result.outcome()).as(function.log()).isEqualTo(Outcome.INIT_ERROR);
        assertThat(result.errorType()).isEqualTo("java.lang.ExceptionInInitializerError");
        assertThat(result.errorMessage()).isEqualTo("Error loading class " + InitFailingHandler.class.getName());
        // the cause is in the function's log, as in CloudWatch
        assertThat(function.log()).contains("FIXTURE_TABLE_NAME is not configured");
        assertThat(function.launches()).isEqualTo(1);
    }

    @Test
    void lambdaDefinedVariablesCannotBeSetByTheCaller() {
        FunctionProcess.Builder builder = FunctionProcess.builder("Any", "a.B", folder, folder);
        assertThatThrownBy(() -> builder.environment(Map.of("AWS_LAMBDA_RUNTIME_API", "elsewhere:1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The JVM's resident memory, from Linux's /proc (for the test's output only). */
    private static String residentMemory(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(line -> line.startsWith("VmRSS")).findFirst().orElse("VmRSS unknown");
        } catch (IOException e) {
            return "VmRSS unknown";
        }
    }

    private FunctionProcess start(FunctionProcess.Builder builder) {
        FunctionProcess function = builder.logDirectory(folder.resolve("logs")).build();
        toClose.add(function);
        return function;
    }

    private static List<String> withCallerNames(Set<String> lambdaDefined) {
        List<String> names = new ArrayList<>(lambdaDefined);
        names.add("GREETING_SUFFIX");
        names.add("JAVA_TOOL_OPTIONS");
        return names;
    }
}
