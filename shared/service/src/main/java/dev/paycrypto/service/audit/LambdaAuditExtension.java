package dev.paycrypto.service.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.app.json.JsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An internal Lambda extension (a thread of the function's own process, registered with the Extensions API) that
 * lets the caller have its answer before the call's audit record is delivered, without the record being lost to
 * a frozen environment. Lambda freezes an environment only once the runtime and every registered extension have
 * asked for their next event; this extension asks only after the invocation's handler has ended and
 * {@link BackgroundAudit} has delivered every record queued so far — or, at the invocation's deadline, written them
 * to the log. So the runtime posts the response at once, and the invocation stays open for the few milliseconds
 * {@code PutEvents} takes.
 *
 * <p>It must register during the function's initialisation, before the runtime asks for its first invocation
 * (which is when Lambda closes registration): the API functions start it from their constructor.
 */
public final class LambdaAuditExtension {

    private static final Logger LOG = LoggerFactory.getLogger(LambdaAuditExtension.class);
    static final String NAME = "paycrypto-audit";
    /** How close to the invocation's deadline the extension stops waiting for its records. */
    private static final Duration DEADLINE_MARGIN = Duration.ofMillis(200);
    /** When Lambda gives no deadline (it always does), how long a drain may take at most. */
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);

    private final URI api;
    private final BackgroundAudit audit;
    private final Semaphore handlersEnded = new Semaphore(0);
    private final String id;

    private LambdaAuditExtension(String runtimeApi, BackgroundAudit audit) {
        this.api = URI.create("http://" + runtimeApi + "/2020-01-01/extension/");
        this.audit = audit;
        this.id = register();
        Thread loop = new Thread(this::serve, "paycrypto-audit-extension");
        loop.setDaemon(true);
        loop.start();
    }

    /**
     * Registers the extension with the Extensions API at {@code runtimeApi} (Lambda's {@code AWS_LAMBDA_RUNTIME_API})
     * and starts its event loop.
     *
     * @throws UncheckedIOException if the API refuses the registration
     */
    public static LambdaAuditExtension start(String runtimeApi, BackgroundAudit audit) {
        return new LambdaAuditExtension(runtimeApi, audit);
    }

    /** The handler of the current invocation has ended: its record, if any, is queued. */
    public void handlerEnded() {
        handlersEnded.release();
    }

    private String register() {
        try {
            HttpURLConnection register = open("register", "POST");
            register.setRequestProperty("Lambda-Extension-Name", NAME);
            register.setRequestProperty("Content-Type", "application/json");
            register.setDoOutput(true);
            try (OutputStream out = register.getOutputStream()) {
                out.write("{\"events\":[\"INVOKE\"]}".getBytes(StandardCharsets.UTF_8));
            }
            if (register.getResponseCode() != 200) {
                throw new IOException("Extensions API answered " + register.getResponseCode() + " to register");
            }
            String identifier = register.getHeaderField("Lambda-Extension-Identifier");
            drain(register);
            if (identifier == null || identifier.isBlank()) {
                throw new IOException("Extensions API gave no Lambda-Extension-Identifier");
            }
            return identifier;
        } catch (IOException e) {
            throw new UncheckedIOException("The audit extension could not register", e);
        }
    }

    /** The loop: each event is an invocation, which is held open until its records are delivered. */
    private void serve() {
        while (true) {
            JsonNode event;
            try {
                event = next();
            } catch (IOException e) {
                LOG.error("the audit extension lost the Extensions API ({}); records are still delivered, "
                        + "but a frozen environment may delay them", e.getClass().getSimpleName());
                return;
            }
            if (!"INVOKE".equals(event.path("eventType").asText())) {
                audit.awaitDrained(DEFAULT_WAIT);
                return;
            }
            long deadline = event.path("deadlineMs").asLong(0);
            Duration left = deadline == 0 ? DEFAULT_WAIT
                    : Duration.ofMillis(deadline - System.currentTimeMillis()).minus(DEADLINE_MARGIN);
            long start = System.nanoTime();
            try {
                if (!handlersEnded.tryAcquire(Math.max(0, left.toNanos()), TimeUnit.NANOSECONDS)) {
                    LOG.warn("the audit extension stopped waiting for the handler at the invocation's deadline");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            audit.awaitDrained(left.minusNanos(System.nanoTime() - start));
        }
    }

    private JsonNode next() throws IOException {
        HttpURLConnection next = open("event/next", "GET");
        next.setRequestProperty("Lambda-Extension-Identifier", id);
        next.setReadTimeout(0);
        if (next.getResponseCode() != 200) {
            throw new IOException("Extensions API answered " + next.getResponseCode() + " to next");
        }
        try (InputStream in = next.getInputStream()) {
            return JsonCodec.mapper().readTree(in);
        }
    }

    private HttpURLConnection open(String path, String method) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) api.resolve(path).toURL().openConnection();
        connection.setRequestMethod(method);
        connection.setConnectTimeout(2_000);
        return connection;
    }

    private static void drain(HttpURLConnection connection) throws IOException {
        try (InputStream in = connection.getInputStream()) {
            in.readAllBytes();
        }
    }
}
