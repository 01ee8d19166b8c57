package dev.paycrypto.deployed.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paycrypto.deployed.lambda.InvocationResult.Outcome;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Runtime and Extensions APIs over real HTTP, with this test playing the runtime and an extension: the contract
 * the runtime interface client and our audit extension rely on, checked without starting a JVM.
 */
class RuntimeApiEmulatorIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newHttpClient();
    private RuntimeApiEmulator api;

    @AfterEach
    void close() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void theRuntimeGetsTheInvocationWithLambdasHeadersAndTheCallerItsResponse() throws Exception {
        api = emulator(RuntimeApiEmulator.Settings.forFunction("GenerateMac"));
        CompletableFuture<InvocationResult> result = api.submit("{\"a\":1}", Duration.ofSeconds(3));

        long before = System.currentTimeMillis();
        HttpResponse<String> next = get("/2018-06-01/runtime/invocation/next", null).get(10, TimeUnit.SECONDS);

        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).isEqualTo("{\"a\":1}");
        String requestId = header(next, "Lambda-Runtime-Aws-Request-Id");
        assertThat(Long.parseLong(header(next, "Lambda-Runtime-Deadline-Ms")))
                .isBetween(before + 2_000, System.currentTimeMillis() + 3_000);
        assertThat(header(next, "Lambda-Runtime-Invoked-Function-Arn"))
                .isEqualTo("arn:aws:lambda:us-east-1:111122223333:function:GenerateMac");
        assertThat(header(next, "Lambda-Runtime-Trace-Id"))
                .matches("Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0");
        assertThat(result).isNotDone();

        assertThat(post("/2018-06-01/runtime/invocation/" + requestId + "/response", "{\"mac\":\"AB\"}")
                .statusCode()).isEqualTo(202);
        InvocationResult answer = result.get(10, TimeUnit.SECONDS);
        assertThat(answer.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(answer.body()).isEqualTo("{\"mac\":\"AB\"}");
        assertThat(answer.requestId()).isEqualTo(requestId);
        // answering twice, or for an unknown id, is refused
        assertThat(post("/2018-06-01/runtime/invocation/" + requestId + "/response", "{}").statusCode())
                .isIn(400, 403);
        assertThat(post("/2018-06-01/runtime/invocation/not-an-id/response", "{}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void anErrorPostedByTheRuntimeIsTheCallersErrorTypeAndMessage() throws Exception {
        api = emulator(RuntimeApiEmulator.Settings.forFunction("F"));
        CompletableFuture<InvocationResult> result = api.submit("{}", Duration.ofSeconds(3));
        String requestId = header(get("/2018-06-01/runtime/invocation/next", null).get(10, TimeUnit.SECONDS),
                "Lambda-Runtime-Aws-Request-Id");

        post("/2018-06-01/runtime/invocation/" + requestId + "/error",
                "{\"errorMessage\":\"bad key\",\"errorType\":\"java.lang.IllegalArgumentException\"}",
                "Lambda-Runtime-Function-Error-Type", "UserException");

        InvocationResult answer = result.get(10, TimeUnit.SECONDS);
        assertThat(answer.outcome()).isEqualTo(Outcome.FUNCTION_ERROR);
        assertThat(answer.errorType()).isEqualTo("java.lang.IllegalArgumentException");
        assertThat(answer.errorMessage()).isEqualTo("bad key");
    }

    @Test
    void theNextInvocationWaitsUntilTheRuntimeAndEveryExtensionHaveAskedForNext() throws Exception {
        api = emulator(RuntimeApiEmulator.Settings.forFunction("F"));
        api.environmentStarting();
        HttpResponse<String> registered = post("/2020-01-01/extension/register", "{\"events\":[\"INVOKE\"]}",
                "Lambda-Extension-Name", "paycrypto-audit");
        assertThat(registered.statusCode()).isEqualTo(200);
        String extensionId = header(registered, "Lambda-Extension-Identifier");
        assertThat(JSON.readTree(registered.body()).get("functionName").asText()).isEqualTo("F");

        CompletableFuture<InvocationResult> first = api.submit("{\"n\":1}", Duration.ofSeconds(5));
        CompletableFuture<HttpResponse<String>> runtime = get("/2018-06-01/runtime/invocation/next", null);
        // Init is not over until the extension asks for its first event
        assertThatThrownBy(() -> runtime.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        CompletableFuture<HttpResponse<String>> extension = get("/2020-01-01/extension/event/next", extensionId);
        HttpResponse<String> invocation = runtime.get(10, TimeUnit.SECONDS);
        JsonNode event = JSON.readTree(extension.get(10, TimeUnit.SECONDS).body());
        String requestId = header(invocation, "Lambda-Runtime-Aws-Request-Id");
        assertThat(event.get("eventType").asText()).isEqualTo("INVOKE");
        assertThat(event.get("requestId").asText()).isEqualTo(requestId);
        assertThat(event.get("deadlineMs").asLong())
                .isEqualTo(Long.parseLong(header(invocation, "Lambda-Runtime-Deadline-Ms")));

        post("/2018-06-01/runtime/invocation/" + requestId + "/response", "\"one\"");
        assertThat(first.get(10, TimeUnit.SECONDS).body()).as("answered before the extension is done")
                .isEqualTo("\"one\"");

        CompletableFuture<InvocationResult> second = api.submit("{\"n\":2}", Duration.ofSeconds(5));
        CompletableFuture<HttpResponse<String>> runtimeAgain = get("/2018-06-01/runtime/invocation/next", null);
        assertThatThrownBy(() -> runtimeAgain.get(300, TimeUnit.MILLISECONDS))
                .as("the extension has not asked for next: the environment is not frozen")
                .isInstanceOf(TimeoutException.class);
        assertThat(api.dispatchedCount()).isEqualTo(1);
        CompletableFuture<HttpResponse<String>> extensionAgain = get("/2020-01-01/extension/event/next", extensionId);
        assertThat(runtimeAgain.get(10, TimeUnit.SECONDS).body()).isEqualTo("{\"n\":2}");
        assertThat(JSON.readTree(extensionAgain.get(10, TimeUnit.SECONDS).body()).get("requestId").asText())
                .isEqualTo(header(runtimeAgain.get(), "Lambda-Runtime-Aws-Request-Id"));
        assertThat(second).isNotDone();
    }

    @Test
    void extensionsRegisterOnlyDuringInitOnlyForInvokeAndAreKnownByTheirIdentifier() throws Exception {
        api = emulator(RuntimeApiEmulator.Settings.forFunction("F"));
        api.environmentStarting();
        assertThat(post("/2020-01-01/extension/register", "{\"events\":[\"INVOKE\",\"SHUTDOWN\"]}",
                "Lambda-Extension-Name", "internal").statusCode()).as("internal extensions get no SHUTDOWN")
                .isEqualTo(400);
        assertThat(post("/2020-01-01/extension/register", "{\"events\":[\"INVOKE\"]}").statusCode())
                .as("a name is required").isEqualTo(400);
        assertThat(get("/2020-01-01/extension/event/next", "unknown").get(10, TimeUnit.SECONDS).statusCode())
                .isEqualTo(403);

        // once the runtime has asked for its first invocation (and got it), Init is over
        api.submit("{}", Duration.ofSeconds(3));
        assertThat(get("/2018-06-01/runtime/invocation/next", null).get(10, TimeUnit.SECONDS).statusCode())
                .isEqualTo(200);
        assertThat(post("/2020-01-01/extension/register", "{\"events\":[\"INVOKE\"]}",
                "Lambda-Extension-Name", "late").statusCode()).isEqualTo(403);
        assertThat(api.registeredExtensions()).isEmpty();
    }

    @Test
    void aFullQueueThrottlesAndAWaitPastTheQueueTimeoutTimesOut() throws Exception {
        api = emulator(RuntimeApiEmulator.Settings.forFunction("F").withQueueCapacity(1)
                .withQueueTimeout(Duration.ofMillis(300)));
        // no runtime is polling: the first waits, the second finds the queue full
        CompletableFuture<InvocationResult> waiting = api.submit("{}", Duration.ofSeconds(3));
        InvocationResult throttled = api.submit("{}", Duration.ofSeconds(3)).get(1, TimeUnit.SECONDS);

        assertThat(throttled.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(throttled.errorType()).isEqualTo("TooManyRequestsException");
        InvocationResult expired = waiting.get(10, TimeUnit.SECONDS);
        assertThat(expired.outcome()).isEqualTo(Outcome.TIMED_OUT);
        assertThat(expired.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(api.dispatchedCount()).isZero();
    }

    @Test
    void anUnansweredInvocationTimesOutAtItsDeadlineAndTheEnvironmentIsReportedFailed() throws Exception {
        api = emulator(RuntimeApiEmulator.Settings.forFunction("F"));
        List<String> reasons = new CopyOnWriteArrayList<>();
        CountDownLatch reported = new CountDownLatch(1);
        api.onEnvironmentFailure(reason -> {
            reasons.add(reason);
            reported.countDown();
        });
        CompletableFuture<InvocationResult> result = api.submit("{}", Duration.ofMillis(400));
        get("/2018-06-01/runtime/invocation/next", null).get(10, TimeUnit.SECONDS);

        InvocationResult answer = result.get(10, TimeUnit.SECONDS);

        assertThat(answer.timedOut()).isTrue();
        assertThat(answer.errorMessage()).endsWith("Task timed out after 0.40 seconds");
        // the reset is reported on the timer thread, after the caller's answer: wait for it, then for nothing more
        assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        assertThat(reasons).singleElement().asString().contains("ran past its deadline");
    }

    @Test
    void aPayloadOverSixMegabytesIsRejected() {
        api = emulator(RuntimeApiEmulator.Settings.forFunction("F"));
        InvocationResult result = api.invoke("\"" + "x".repeat(RuntimeApiEmulator.MAX_PAYLOAD_BYTES) + "\"",
                Duration.ofSeconds(1));
        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.errorType()).isEqualTo("RequestEntityTooLargeException");
    }

    private RuntimeApiEmulator emulator(RuntimeApiEmulator.Settings settings) {
        return new RuntimeApiEmulator(settings);
    }

    private CompletableFuture<HttpResponse<String>> get(String path, String extensionId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (extensionId != null) {
            request.header("Lambda-Extension-Identifier", extensionId);
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(WAIT);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://" + api.runtimeApi() + path);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name));
    }
}
