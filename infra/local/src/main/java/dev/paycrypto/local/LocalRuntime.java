package dev.paycrypto.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.paycrypto.service.events.DetailType;
import dev.paycrypto.service.events.Event;
import dev.paycrypto.service.protocol.JsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local runtime: an HTTP server on localhost that verifies each request's SigV4 signature, routes it to a
 * function of the template, turns it into the API Gateway proxy event AWS would send, invokes the function
 * in-process and writes its response back. One handler instance per function and region, created on first use.
 * It logs one line per request (time, region, operation, status, latency) and nothing of the bodies.
 */
public final class LocalRuntime implements AutoCloseable {

    private static final Logger REQUESTS = LoggerFactory.getLogger("dev.paycrypto.local.requests");
    private static final int MAX_BODY = 1 << 20;
    /** The local audit listing (see {@link #serveAudit}). */
    public static final String AUDIT_PATH = "/_paycrypto/audit";
    /** Publishing an event on the local bus by hand, as {@code aws events put-events} does deployed. */
    public static final String EVENTS_PATH = "/_paycrypto/events";
    /** The events the local bus could not deliver (deployed: the rules' SQS dead-letter queues). */
    public static final String DEAD_LETTERS_PATH = "/_paycrypto/dead-letters";

    private final RuntimeOptions options;
    private final FunctionFactory factory;
    private final Router router;
    private final SigV4Verifier verifier;
    private final Map<String, RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>> handlers =
            new ConcurrentHashMap<>();
    private final HttpServer server;
    private final ExecutorService executor;

    private LocalRuntime(RuntimeOptions options, FunctionFactory factory) throws IOException {
        this.options = options;
        this.factory = factory;
        this.router = new Router(TemplateReader.functions(TemplateReader.read(options.template())));
        // signatures are checked against the wall clock the clients sign with; the options' clock is the service's
        // business time (key lifecycle, schedules), which tests may move forward
        this.verifier = new SigV4Verifier(options.credentials(), Clock.systemUTC());
        this.server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 64);
        this.executor = Executors.newFixedThreadPool(Math.max(4, Runtime.getRuntime().availableProcessors() * 4));
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    public static LocalRuntime start(RuntimeOptions options, FunctionFactory factory) throws IOException {
        return new LocalRuntime(options, factory);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI endpoint() {
        return URI.create("http://" + options.host() + ":" + port());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        if (AUDIT_PATH.equals(exchange.getRequestURI().getRawPath()) && factory instanceof LocalFunctionFactory local) {
            serveAudit(exchange, local);
            return;
        }
        if (EVENTS_PATH.equals(exchange.getRequestURI().getRawPath()) && factory instanceof LocalFunctionFactory local) {
            servePutEvent(exchange, local);
            return;
        }
        if (DEAD_LETTERS_PATH.equals(exchange.getRequestURI().getRawPath())
                && factory instanceof LocalFunctionFactory local) {
            serveDeadLetters(exchange, local);
            return;
        }
        long start = System.nanoTime();
        String requestId = UUID.randomUUID().toString();
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        boolean controlPlane = target != null;
        String region = "-";
        String operation = "-";
        int status;
        try (exchange) {
            byte[] body = readBody(exchange.getRequestBody());
            String rawPath = exchange.getRequestURI().getRawPath();
            Reply reply;
            try {
                SigV4Verifier.Identity identity = verifier.verify(new SigV4Verifier.SignedRequest(
                        exchange.getRequestMethod(), rawPath, exchange.getRequestURI().getRawQuery(),
                        exchange.getRequestHeaders(), body));
                region = identity.region();
                if (!options.regions().contains(identity.region())) {
                    throw new SignatureException("InvalidSignatureException", 403,
                            "Credential should be scoped to a valid region, not '" + identity.region() + "'");
                }
                Optional<Router.Match> match = router.route(exchange.getRequestMethod(), rawPath, target);
                if (match.isEmpty()) {
                    reply = controlPlane
                            ? Reply.error(400, "UnknownOperationException", "The operation " + target
                                    + " is not served here", true)
                            : Reply.error(404, "UnknownOperationException", "No operation is bound to "
                                    + exchange.getRequestMethod() + " " + rawPath, false);
                } else {
                    operation = operationName(match.get().function());
                    reply = invoke(match.get(), identity, exchange, body, requestId);
                }
            } catch (SignatureException e) {
                reply = Reply.error(e.status(), e.code(), e.getMessage(), controlPlane);
            } catch (RuntimeException e) {
                REQUESTS.error("request {} failed in the runtime", requestId, e);
                reply = Reply.error(500, "InternalServerException", "The service could not process the request",
                        controlPlane);
            }
            status = reply.status;
            reply.headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
            byte[] out = reply.body == null ? new byte[0] : reply.body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream stream = exchange.getResponseBody()) {
                    stream.write(out);
                }
            }
        }
        REQUESTS.info("{} {} {} {}ms", region, operation, status, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * {@code GET /_paycrypto/audit?region=R&account=A[&limit=N]}: the audit records of an account in a region,
     * oldest first, as a JSON array. Local only: the runtime listens on localhost, and the records hold nothing
     * secret (see AuditFields).
     */
    private static void serveAudit(HttpExchange exchange, LocalFunctionFactory local) throws IOException {
        try (exchange) {
            Map<String, String> query = query(exchange);
            int status = 200;
            String body;
            if (!"GET".equals(exchange.getRequestMethod()) || !query.containsKey("region")
                    || !query.containsKey("account")) {
                status = 400;
                body = "{\"message\":\"GET " + AUDIT_PATH + "?region=REGION&account=ACCOUNT[&limit=N]\"}";
            } else {
                int limit = query.getOrDefault("limit", "1000").matches("[0-9]{1,6}")
                        ? Integer.parseInt(query.getOrDefault("limit", "1000")) : 1000;
                ArrayNode records = JsonNodeFactory.instance.arrayNode();
                local.services(query.get("region")).audit().list(query.get("account"), limit).forEach(records::add);
                body = records.toString();
            }
            reply(exchange, status, body);
        }
    }

    /**
     * {@code POST /_paycrypto/events?region=R&account=A} with {@code {"detail-type": "...", "detail": {...}}}: puts
     * one PayCrypto event on the local bus, as {@code aws events put-events} with source {@code dev.paycrypto} does
     * on the deployed bus (for example a {@code Key Rotation Requested}). Answers the event id.
     */
    private static void servePutEvent(HttpExchange exchange, LocalFunctionFactory local) throws IOException {
        try (exchange) {
            Map<String, String> query = query(exchange);
            String usage = "{\"message\":\"POST " + EVENTS_PATH + "?region=REGION&account=ACCOUNT with a JSON body "
                    + "of detail-type (a PayCrypto detail type) and detail\"}";
            if (!"POST".equals(exchange.getRequestMethod()) || !query.containsKey("region")
                    || !query.containsKey("account")) {
                reply(exchange, 400, usage);
                return;
            }
            Event event;
            try {
                JsonNode body = JsonCodec.parse(new String(readBody(exchange.getRequestBody()), StandardCharsets.UTF_8));
                event = new Event(UUID.randomUUID().toString(), DetailType.of(body.path("detail-type").asText()),
                        local.services(query.get("region")).clock().instant(), query.get("region"),
                        query.get("account"), List.of(), body.path("detail").isObject() ? body.get("detail")
                        : JsonNodeFactory.instance.objectNode());
            } catch (RuntimeException e) {
                reply(exchange, 400, usage);
                return;
            }
            local.bus().publish(event);
            reply(exchange, 200, "{\"EventId\":\"" + event.id() + "\"}");
        }
    }

    /** {@code GET /_paycrypto/dead-letters}: the rule, the last failure's type and the event, oldest first. */
    private static void serveDeadLetters(HttpExchange exchange, LocalFunctionFactory local) throws IOException {
        try (exchange) {
            ArrayNode letters = JsonNodeFactory.instance.arrayNode();
            for (LocalEventBus.DeadLetter letter : local.bus().deadLetters()) {
                letters.addObject().put("rule", letter.rule()).put("failure", letter.failure())
                        .set("event", JsonCodec.parse(letter.envelope()));
            }
            reply(exchange, 200, letters.toString());
        }
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    query.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1),
                            StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] out = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, out.length);
        try (OutputStream stream = exchange.getResponseBody()) {
            stream.write(out);
        }
    }

    private Reply invoke(Router.Match match, SigV4Verifier.Identity identity, HttpExchange exchange, byte[] body,
                         String requestId) {
        FunctionDefinition function = match.function();
        RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler = handlers.computeIfAbsent(
                function.logicalId() + "@" + identity.region(), k -> factory.create(function, identity.region()));
        APIGatewayProxyRequestEvent event = ProxyEvents.request(exchange, match, identity, body, requestId);
        APIGatewayProxyResponseEvent response = handler.handleRequest(event,
                new LocalContext(requestId, function.logicalId(), identity.region(), identity.account()));
        Map<String, String> headers = response.getHeaders() == null ? new HashMap<>()
                : new HashMap<>(response.getHeaders());
        return new Reply(response.getStatusCode() == null ? 502 : response.getStatusCode(), headers,
                response.getBody());
    }

    private static String operationName(FunctionDefinition function) {
        String handler = function.handlerClass();
        return handler.substring(handler.lastIndexOf('.') + 1);
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw new IOException("Request body too large");
        }
        return body;
    }

    private record Reply(int status, Map<String, String> headers, String body) {

        static Reply error(int status, String code, String message, boolean controlPlane) {
            String escaped = message.replace("\\", "\\\\").replace("\"", "\\\"");
            return new Reply(status, Map.of("x-amzn-ErrorType", code, "Content-Type",
                    controlPlane ? "application/x-amz-json-1.0" : "application/json"),
                    "{\"__type\":\"" + code + "\",\"message\":\"" + escaped + "\"}");
        }
    }

}
