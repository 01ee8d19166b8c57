package dev.paycrypto.deployed.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.paycrypto.deployed.lambda.InvocationResult.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The AWS Lambda Runtime API (2018-06-01) and the part of the Extensions API (2020-01-01) our functions use, for ONE
 * execution environment, on its own {@code 127.0.0.1} port (the function's {@code AWS_LAMBDA_RUNTIME_API}).
 *
 * <p>It keeps Lambda's lifecycle: one invocation in flight; its response goes to the caller as soon as the runtime
 * posts it; the next invocation is handed out only once the runtime <em>and</em> every registered extension have
 * asked for their next event again (the point where Lambda freezes the environment). Extensions may register only
 * until the runtime's first {@code next} (the end of the Init phase). An invocation that is not answered — or whose
 * environment has not reached the freeze point — by its deadline times out and the environment is reported failed
 * (Lambda resets it), to the listener set with {@link #onEnvironmentFailure}.
 *
 * <p>Invocations wait in a bounded queue while the environment is busy or initialising; a full queue rejects with
 * {@code TooManyRequestsException} (Lambda's throttle), a wait longer than {@link Settings#queueTimeout()} times out.
 * Request and response payloads are limited to Lambda's 6 MB for synchronous invocations.
 *
 * <p>Every extension here is internal (a thread of the function's process: nothing runs {@code /opt/extensions}), so
 * as in Lambda it may not register for {@code SHUTDOWN}; its lifecycle ends with the process. The error types this
 * API answers with for requests Lambda refuses (unknown request id, late registration, …) carry our names where AWS
 * documents none.
 */
public final class RuntimeApiEmulator implements AutoCloseable {

    /** Lambda's limit for a synchronous invocation's request and response payloads. */
    static final int MAX_PAYLOAD_BYTES = 6 * 1024 * 1024;

    private static final String RUNTIME = "/2018-06-01/runtime/";
    private static final String EXTENSION = "/2020-01-01/extension/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * One environment's configuration.
     *
     * @param functionName  the function's name (in its ARN and the extensions' registration answer)
     * @param handler       the function's handler (in the extensions' registration answer)
     * @param region        the region in the function's ARN
     * @param accountId     the account in the function's ARN
     * @param queueCapacity how many invocations may wait for the environment, in-flight one excluded
     * @param queueTimeout  how long an invocation may wait for the environment (initialisation included)
     */
    public record Settings(String functionName, String handler, String region, String accountId, int queueCapacity,
                           Duration queueTimeout) {

        public Settings {
            if (queueCapacity < 0 || queueTimeout.isNegative()) {
                throw new IllegalArgumentException("queue capacity and timeout must not be negative");
            }
        }

        /** us-east-1, account 111122223333 (the local runtime's), 64 waiting invocations, 60 s of wait. */
        public static Settings forFunction(String functionName) {
            return new Settings(functionName, "", "us-east-1", "111122223333", 64, Duration.ofSeconds(60));
        }

        public Settings withHandler(String value) {
            return new Settings(functionName, value, region, accountId, queueCapacity, queueTimeout);
        }

        public Settings withRegion(String value) {
            return new Settings(functionName, handler, value, accountId, queueCapacity, queueTimeout);
        }

        public Settings withAccountId(String value) {
            return new Settings(functionName, handler, region, value, queueCapacity, queueTimeout);
        }

        public Settings withQueueCapacity(int value) {
            return new Settings(functionName, handler, region, accountId, value, queueTimeout);
        }

        public Settings withQueueTimeout(Duration value) {
            return new Settings(functionName, handler, region, accountId, queueCapacity, value);
        }

        String functionArn() {
            return "arn:aws:lambda:" + region + ":" + accountId + ":function:" + functionName;
        }
    }

    private final Settings settings;
    private final HttpServer server;
    private final ExecutorService httpThreads;
    private final ScheduledExecutorService timers;
    private volatile Consumer<String> environmentFailure = reason -> { };

    // all guarded by this
    private final Deque<Pending> queue = new ArrayDeque<>();
    private final Map<String, Extension> extensions = new LinkedHashMap<>();
    private Pending current;
    private CompletableFuture<Pending> runtimeNext;
    private boolean registrationClosed;
    private boolean closed;
    private long dispatched;
    private long launchNanos;
    private long readyNanos;
    private long firstAnswerNanos;
    private boolean initErrorReported;

    public RuntimeApiEmulator(Settings settings) {
        this.settings = settings;
        String name = "lambda-runtime-api-" + settings.functionName();
        this.httpThreads = Executors.newCachedThreadPool(daemonThreads(name));
        this.timers = Executors.newSingleThreadScheduledExecutor(daemonThreads(name + "-timer"));
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the Runtime API's port", e);
        }
        server.setExecutor(httpThreads);
        server.createContext("/", this::route);
        server.start();
    }

    /** The value of {@code AWS_LAMBDA_RUNTIME_API} for this environment's process. */
    public String runtimeApi() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    public Settings settings() {
        return settings;
    }

    /**
     * Called (on a timer thread, never under this emulator's lock) with the reason when the environment must be
     * reset: an invocation ran past its deadline without the environment reaching the freeze point.
     */
    public void onEnvironmentFailure(Consumer<String> listener) {
        this.environmentFailure = listener;
    }

    /**
     * Queues one invocation; the future completes when the caller would have its answer from Lambda.
     *
     * @param timeout the function's timeout: its deadline is this long after the runtime receives the invocation
     */
    public CompletableFuture<InvocationResult> submit(String payloadJson, Duration timeout) {
        byte[] payload = payloadJson.getBytes(StandardCharsets.UTF_8);
        if (payload.length > MAX_PAYLOAD_BYTES) {
            return CompletableFuture.completedFuture(rejected("RequestEntityTooLargeException",
                    "Request must be smaller than " + MAX_PAYLOAD_BYTES + " bytes for the InvokeFunction operation"));
        }
        Pending pending = new Pending(payload, timeout);
        synchronized (this) {
            if (closed) {
                return CompletableFuture.completedFuture(rejected("ServiceException", "the environment is closed"));
            }
            if (queue.size() >= settings.queueCapacity()) {
                return CompletableFuture.completedFuture(rejected("TooManyRequestsException", "Rate Exceeded."));
            }
            queue.add(pending);
            advance();
        }
        timers.schedule(() -> queueWaitEnded(pending), settings.queueTimeout().toMillis(), TimeUnit.MILLISECONDS);
        return pending.result;
    }

    /**
     * Invokes and waits for the answer (at most the queue's wait plus {@code timeout}, plus a second of slack).
     */
    public InvocationResult invoke(String payloadJson, Duration timeout) {
        CompletableFuture<InvocationResult> result = submit(payloadJson, timeout);
        try {
            return result.get(settings.queueTimeout().plus(timeout).plusSeconds(1).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an invocation", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the invocation was never answered: an emulator bug", e);
        }
    }

    /** A new environment (process) is starting: the previous one's runtime and extensions are forgotten. */
    public synchronized void environmentStarting() {
        endEnvironment("a new environment started");
        launchNanos = System.nanoTime();
        readyNanos = 0;
        firstAnswerNanos = 0;
        initErrorReported = false;
    }

    /**
     * The environment's process has ended: an unanswered in-flight invocation fails with {@code Runtime.ExitError};
     * waiting invocations stay queued for the next environment.
     */
    public void environmentEnded(String reason) {
        Pending starter = null;
        synchronized (this) {
            endEnvironment(reason);
            if (launchNanos != 0 && readyNanos == 0 && !initErrorReported && !closed) {
                // it died during Init without reporting why: Lambda fails the invocation that started it
                starter = queue.poll();
                initErrorReported = true;
            }
        }
        if (starter != null) {
            starter.finish(Outcome.RUNTIME_EXITED, errorDocument("Runtime.ExitError",
                    "RequestId: " + starter.requestId + " Error: Runtime exited during Init: " + reason));
        }
    }

    /** Whether invocations are waiting for an environment. */
    public synchronized boolean hasWaitingInvocations() {
        return !queue.isEmpty();
    }

    /** How many invocations have been handed to a runtime since this emulator started. */
    public synchronized long dispatchedCount() {
        return dispatched;
    }

    /** The names of the extensions registered in the current environment, in order of registration. */
    public synchronized List<String> registeredExtensions() {
        List<String> names = new ArrayList<>();
        extensions.values().forEach(extension -> names.add(extension.name));
        return names;
    }

    /** From {@link #environmentStarting()} to the end of Init (runtime and every extension asked for next). */
    public synchronized Optional<Duration> initDuration() {
        return since(launchNanos, readyNanos);
    }

    /** From {@link #environmentStarting()} to the first invocation answered by that environment. */
    public synchronized Optional<Duration> firstAnswerAfterLaunch() {
        return since(launchNanos, firstAnswerNanos);
    }

    @Override
    public void close() {
        List<Pending> waiting;
        synchronized (this) {
            closed = true;
            endEnvironment("the environment was closed");
            waiting = new ArrayList<>(queue);
            queue.clear();
        }
        waiting.forEach(pending -> pending.finish(Outcome.REJECTED,
                errorDocument("ServiceException", "the environment was closed")));
        server.stop(0);
        httpThreads.shutdownNow();
        timers.shutdownNow();
    }

    // ---- the lifecycle (all under this) ----

    /** Hands out the next invocation if the environment is at its freeze point. */
    private void advance() {
        if (closed || runtimeNext == null) {
            return;
        }
        for (Extension extension : extensions.values()) {
            if (!extension.waiting()) {
                return;
            }
        }
        if (current != null) {
            if (!current.answered()) {
                current.finish(Outcome.FUNCTION_ERROR, errorDocument("Runtime.InvalidResponse",
                        "RequestId: " + current.requestId + " Error: the runtime asked for the next invocation "
                                + "without answering this one"));
            }
            current = null;
        }
        if (readyNanos == 0) {
            readyNanos = System.nanoTime();
        }
        Pending next = queue.poll();
        if (next == null) {
            return;
        }
        current = next;
        dispatched++;
        next.deadlineEpochMs = System.currentTimeMillis() + next.timeout.toMillis();
        String event = invokeEvent(next);
        for (Extension extension : extensions.values()) {
            if (extension.invokeEvents) {
                CompletableFuture<String> waiting = extension.next;
                extension.next = null;
                waiting.complete(event);
            }
        }
        CompletableFuture<Pending> runtime = runtimeNext;
        runtimeNext = null;
        runtime.complete(next);
        timers.schedule(() -> deadlinePassed(next), next.timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void endEnvironment(String reason) {
        if (current != null && !current.answered()) {
            current.finish(Outcome.RUNTIME_EXITED, errorDocument("Runtime.ExitError",
                    "RequestId: " + current.requestId + " Error: Runtime exited: " + reason));
        }
        current = null;
        if (runtimeNext != null) {
            runtimeNext.cancel(false);
            runtimeNext = null;
        }
        for (Extension extension : extensions.values()) {
            if (extension.next != null) {
                extension.next.cancel(false);
            }
        }
        extensions.clear();
        registrationClosed = false;
    }

    private void deadlinePassed(Pending pending) {
        synchronized (this) {
            if (current != pending) {
                return;
            }
            if (!pending.answered()) {
                pending.finish(Outcome.TIMED_OUT, errorDocument("Sandbox.Timedout", "RequestId: "
                        + pending.requestId + " Error: Task timed out after "
                        + String.format(Locale.ROOT, "%.2f", pending.timeout.toMillis() / 1000.0) + " seconds"));
            }
        }
        // answered or not, the environment did not reach its freeze point in time: Lambda resets it
        environmentFailure.accept("invocation " + pending.requestId + " ran past its deadline");
    }

    private void queueWaitEnded(Pending pending) {
        synchronized (this) {
            if (!queue.remove(pending)) {
                return;
            }
        }
        pending.finish(Outcome.TIMED_OUT, errorDocument("Sandbox.Timedout", "RequestId: " + pending.requestId
                + " Error: no environment was free within " + settings.queueTimeout().toMillis() + " ms"));
    }

    // ---- HTTP ----

    private void route(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.startsWith(RUNTIME)) {
                runtime(exchange, method, path.substring(RUNTIME.length()));
            } else if (path.startsWith(EXTENSION)) {
                extension(exchange, method, path.substring(EXTENSION.length()));
            } else {
                reply(exchange, 404, errorDocument("NotFound", "no such API: " + path));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runtime(HttpExchange exchange, String method, String path) throws IOException, InterruptedException {
        if ("GET".equals(method) && "invocation/next".equals(path)) {
            runtimeNext(exchange);
        } else if ("POST".equals(method) && "init/error".equals(path)) {
            initError(exchange);
        } else if ("POST".equals(method) && path.startsWith("invocation/") && path.endsWith("/response")) {
            answer(exchange, path.substring("invocation/".length(), path.length() - "/response".length()), false);
        } else if ("POST".equals(method) && path.startsWith("invocation/") && path.endsWith("/error")) {
            answer(exchange, path.substring("invocation/".length(), path.length() - "/error".length()), true);
        } else {
            reply(exchange, 404, errorDocument("NotFound", "no such Runtime API: " + method + " " + path));
        }
    }

    private void runtimeNext(HttpExchange exchange) throws IOException, InterruptedException {
        CompletableFuture<Pending> next = new CompletableFuture<>();
        synchronized (this) {
            if (runtimeNext != null) {
                runtimeNext.cancel(false);
            }
            registrationClosed = true;
            runtimeNext = next;
            advance();
        }
        Pending pending;
        try {
            pending = next.get();
        } catch (CancellationException | ExecutionException e) {
            reply(exchange, 500, errorDocument("Runtime.Reset", "the environment was reset"));
            return;
        }
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json");
        headers.set("Lambda-Runtime-Aws-Request-Id", pending.requestId);
        headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(pending.deadlineEpochMs));
        headers.set("Lambda-Runtime-Invoked-Function-Arn", settings.functionArn());
        headers.set("Lambda-Runtime-Trace-Id", pending.traceId);
        exchange.sendResponseHeaders(200, pending.payload.length == 0 ? -1 : pending.payload.length);
        exchange.getResponseBody().write(pending.payload);
    }

    private void answer(HttpExchange exchange, String requestId, boolean error) throws IOException {
        byte[] body = readAtMost(exchange.getRequestBody(), MAX_PAYLOAD_BYTES + 1);
        int status;
        String reply;
        synchronized (this) {
            Pending pending = current;
            if (pending == null || !pending.requestId.equals(requestId)) {
                status = 400;
                reply = errorDocument("InvalidRequestID", "Invalid request ID");
            } else if (pending.answered()) {
                status = 403;
                reply = errorDocument("InvalidStateTransition", "the invocation was already answered");
            } else {
                if (body.length > MAX_PAYLOAD_BYTES) {
                    status = 413;
                    reply = errorDocument("Function.ResponseSizeTooLarge", "Response payload size exceeded maximum "
                            + "allowed payload size (" + MAX_PAYLOAD_BYTES + " bytes).");
                    pending.finish(Outcome.FUNCTION_ERROR, reply);
                } else {
                    status = 202;
                    reply = "{\"status\":\"OK\"}";
                    String document = new String(body, StandardCharsets.UTF_8);
                    if (error && errorField(document, "errorType") == null) {
                        // the runtime's header names the error when its document does not
                        String type = exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
                        document = errorDocument(type == null ? "Unhandled" : type,
                                errorField(document, "errorMessage"));
                    }
                    pending.finish(error ? Outcome.FUNCTION_ERROR : Outcome.SUCCESS, document);
                }
                if (firstAnswerNanos == 0) {
                    firstAnswerNanos = System.nanoTime();
                }
            }
        }
        reply(exchange, status, reply);
    }

    private void initError(HttpExchange exchange) throws IOException {
        String document = new String(readAtMost(exchange.getRequestBody(), MAX_PAYLOAD_BYTES),
                StandardCharsets.UTF_8);
        Pending first;
        synchronized (this) {
            // Lambda answers the invocation that started the environment with its initialisation error
            first = queue.poll();
            initErrorReported = true;
        }
        if (first != null) {
            first.finish(Outcome.INIT_ERROR, document);
        }
        reply(exchange, 202, "{\"status\":\"OK\"}");
    }

    private void extension(HttpExchange exchange, String method, String path)
            throws IOException, InterruptedException {
        if ("POST".equals(method) && "register".equals(path)) {
            register(exchange);
        } else if ("GET".equals(method) && "event/next".equals(path)) {
            extensionNext(exchange);
        } else {
            reply(exchange, 404, errorDocument("NotFound", "no such Extensions API: " + method + " " + path));
        }
    }

    private void register(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestHeaders().getFirst("Lambda-Extension-Name");
        JsonNode request;
        try {
            request = JSON.readTree(readAtMost(exchange.getRequestBody(), 64 * 1024));
        } catch (IOException e) {
            reply(exchange, 400, errorDocument("Extension.InvalidRequest", "the body is not JSON"));
            return;
        }
        if (name == null || name.isBlank()) {
            reply(exchange, 400, errorDocument("Extension.InvalidRequest", "Lambda-Extension-Name is required"));
            return;
        }
        boolean invokeEvents = false;
        for (JsonNode event : request.path("events")) {
            String type = event.asText();
            if ("INVOKE".equals(type)) {
                invokeEvents = true;
            } else if ("SHUTDOWN".equals(type)) {
                reply(exchange, 400, errorDocument("Extension.InvalidEvent",
                        "an internal extension may not register for SHUTDOWN"));
                return;
            } else {
                reply(exchange, 400, errorDocument("Extension.InvalidEvent", "unknown event type " + type));
                return;
            }
        }
        String id = UUID.randomUUID().toString();
        synchronized (this) {
            if (registrationClosed || closed) {
                reply(exchange, 403, errorDocument("Extension.RegistrationClosed",
                        "extensions may register only during the Init phase, before the runtime's first next"));
                return;
            }
            for (Extension extension : extensions.values()) {
                if (extension.name.equals(name)) {
                    reply(exchange, 409, errorDocument("Extension.AlreadyRegistered", name + " is registered"));
                    return;
                }
            }
            extensions.put(id, new Extension(name, invokeEvents));
        }
        ObjectNode answer = JSON.createObjectNode()
                .put("functionName", settings.functionName())
                .put("functionVersion", "$LATEST")
                .put("handler", settings.handler());
        exchange.getResponseHeaders().set("Lambda-Extension-Identifier", id);
        reply(exchange, 200, answer.toString());
    }

    private void extensionNext(HttpExchange exchange) throws IOException, InterruptedException {
        String id = exchange.getRequestHeaders().getFirst("Lambda-Extension-Identifier");
        CompletableFuture<String> next = new CompletableFuture<>();
        synchronized (this) {
            Extension extension = id == null ? null : extensions.get(id);
            if (extension == null) {
                reply(exchange, 403, errorDocument("Extension.UnknownExtensionIdentifier",
                        "no extension is registered under this identifier"));
                return;
            }
            if (extension.waiting()) {
                reply(exchange, 400, errorDocument("Extension.InvalidRequest", "the extension is already waiting"));
                return;
            }
            extension.next = next;
            advance();
        }
        String event;
        try {
            event = next.get();
        } catch (CancellationException | ExecutionException e) {
            reply(exchange, 500, errorDocument("Extension.Reset", "the environment was reset"));
            return;
        }
        exchange.getResponseHeaders().set("Lambda-Extension-Event-Identifier", UUID.randomUUID().toString());
        reply(exchange, 200, event);
    }

    // ---- documents ----

    private String invokeEvent(Pending pending) {
        ObjectNode event = JSON.createObjectNode()
                .put("eventType", "INVOKE")
                .put("deadlineMs", pending.deadlineEpochMs)
                .put("requestId", pending.requestId)
                .put("invokedFunctionArn", settings.functionArn());
        event.putObject("tracing").put("type", "X-Amzn-Trace-Id").put("value", pending.traceId);
        return event.toString();
    }

    static String errorDocument(String type, String message) {
        return JSON.createObjectNode().put("errorType", type).put("errorMessage", message).toString();
    }

    private static String errorField(String document, String field) {
        try {
            JsonNode value = JSON.readTree(document).get(field);
            return value == null || value.isNull() ? null : value.asText();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static InvocationResult rejected(String type, String message) {
        return new InvocationResult(Outcome.REJECTED, null, errorDocument(type, message), type, message,
                Duration.ZERO);
    }

    private static String traceId() {
        byte[] random = new byte[20];
        RANDOM.nextBytes(random);
        String hex = HexFormat.of().formatHex(random);
        return "Root=1-" + Long.toHexString(System.currentTimeMillis() / 1000) + "-" + hex.substring(0, 24)
                + ";Parent=" + hex.substring(24, 40) + ";Sampled=0";
    }

    private static Optional<Duration> since(long start, long end) {
        return start == 0 || end == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(end - start));
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit);
        in.transferTo(java.io.OutputStream.nullOutputStream());
        return bytes;
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One invocation, from its submission to its answer. */
    private static final class Pending {
        final String requestId = UUID.randomUUID().toString();
        final String traceId = traceId();
        final byte[] payload;
        final Duration timeout;
        final long submittedNanos = System.nanoTime();
        final CompletableFuture<InvocationResult> result = new CompletableFuture<>();
        long deadlineEpochMs;

        Pending(byte[] payload, Duration timeout) {
            this.payload = payload;
            this.timeout = timeout;
        }

        boolean answered() {
            return result.isDone();
        }

        void finish(Outcome outcome, String document) {
            boolean success = outcome == Outcome.SUCCESS;
            result.complete(new InvocationResult(outcome, requestId, document,
                    success ? null : errorField(document, "errorType"),
                    success ? null : errorField(document, "errorMessage"),
                    Duration.ofNanos(System.nanoTime() - submittedNanos)));
        }
    }

    /** A registered extension; {@code next} is its pending {@code event/next}, if it is waiting. */
    private static final class Extension {
        final String name;
        final boolean invokeEvents;
        CompletableFuture<String> next;

        Extension(String name, boolean invokeEvents) {
            this.name = name;
            this.invokeEvents = invokeEvents;
        }

        boolean waiting() {
            return next != null && !next.isDone();
        }
    }
}
