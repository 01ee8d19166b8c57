package dev.paycrypto.deployed.apigateway;

import static dev.paycrypto.deployed.apigateway.GatewayResponse.INTEGRATION_FAILURE;
import static dev.paycrypto.deployed.apigateway.GatewayResponse.INTEGRATION_TIMEOUT;
import static dev.paycrypto.deployed.apigateway.GatewayResponse.MISSING_AUTHENTICATION_TOKEN;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.deployed.apigateway.GatewayResponse.GatewayRefusal;
import dev.paycrypto.local.http.HttpFront;
import dev.paycrypto.local.http.HttpReply;
import dev.paycrypto.local.http.HttpRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * API Gateway (a REST API with Lambda proxy integrations and IAM authorisation) as the SAM-translated template
 * declares it, on 127.0.0.1. A request is taken in API Gateway's order:
 * <ol>
 *   <li>its path must be {@code /{stage}/...} and, with its method, select a declared method; otherwise 403
 *       Missing Authentication Token, signed or not;</li>
 *   <li>a method secured by SigV4 needs credentials (403 Missing Authentication Token without them) that verify for
 *       {@code execute-api} in the API's Region against a known IAM user ({@link ExecuteApiSignature});</li>
 *   <li>the proxy event ({@link ProxyEvent}) goes to the {@link Invoker} for the method's function, within the
 *       integration timeout (504 after it);</li>
 *   <li>the function's proxy response ({@link ProxyResponse}) is written back; a failed invocation or a malformed
 *       response is a 502.</li>
 * </ol>
 * Bodies over the payload quota are refused (413) before they are read, and at most
 * {@code maxConcurrentRequests} requests are handled at once, {@code maxQueuedRequests} more wait, and the rest are
 * throttled (429). Refusals are {@link GatewayResponse}s.
 */
public final class ApiGatewayEmulator implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ApiGatewayEmulator.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Hop-by-hop and framing headers: the front writes its own. */
    private static final Set<String> FRAMING = Set.of("content-length", "connection", "transfer-encoding",
            "keep-alive");

    /** How the emulated API runs: its Region, its integration timeout and its bounds, and its clock. */
    public record Options(String region, Duration integrationTimeout, int maxBodyBytes, int maxConcurrentRequests,
                          int maxQueuedRequests, Clock clock) {

        /** API Gateway's REST API quotas: a 10 MB payload, a 29 s integration timeout. */
        public static Options defaults() {
            return new Options(SamTranslatedTemplate.DEFAULT_REGION, Duration.ofSeconds(29), 10 * 1024 * 1024, 16, 64,
                    Clock.systemUTC());
        }

        public Options withIntegrationTimeout(Duration timeout) {
            return new Options(region, timeout, maxBodyBytes, maxConcurrentRequests, maxQueuedRequests, clock);
        }

        public Options withMaxBodyBytes(int bytes) {
            return new Options(region, integrationTimeout, bytes, maxConcurrentRequests, maxQueuedRequests, clock);
        }

        public Options withConcurrency(int concurrent, int queued) {
            return new Options(region, integrationTimeout, maxBodyBytes, concurrent, queued, clock);
        }

        public Options withClock(Clock other) {
            return new Options(region, integrationTimeout, maxBodyBytes, maxConcurrentRequests, maxQueuedRequests,
                    other);
        }

        public Options withRegion(String other) {
            return new Options(other, integrationTimeout, maxBodyBytes, maxConcurrentRequests, maxQueuedRequests,
                    clock);
        }
    }

    private final RestApiDefinition api;
    private final String ownerAccount;
    private final Invoker invoker;
    private final Options options;
    private final ExecuteApiSignature signature;
    private final List<Route> bySpecificity;
    private final String apiId;
    private final ExecutorService invocations;
    private final HttpFront front;

    private ApiGatewayEmulator(RestApiDefinition api, Map<String, IamUser> users, String ownerAccount, Invoker invoker,
                               Options options) throws InterruptedException {
        this.api = api;
        this.ownerAccount = ownerAccount;
        this.invoker = invoker;
        this.options = options;
        users.forEach((key, user) -> {
            if (!key.equals(user.accessKeyId())) {
                throw new IllegalArgumentException("Users are keyed by their access key id: " + key);
            }
        });
        this.signature = new ExecuteApiSignature(users, options.region(), options.clock());
        // a literal segment wins over a variable one, as API Gateway picks the most specific resource
        this.bySpecificity = api.routes().stream()
                .sorted(Comparator.comparingLong((Route r) -> Route.segments(r.resourcePath()).stream()
                        .filter(s -> s.startsWith("{")).count()).thenComparing(r -> r.httpMethod().equals(Route.ANY)))
                .toList();
        this.apiId = randomId();
        this.invocations = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "apigw-integration");
            thread.setDaemon(true);
            return thread;
        });
        HttpFront.Limits limits = new HttpFront.Limits(options.maxBodyBytes(), 16 * 1024, Duration.ofSeconds(10),
                Duration.ofSeconds(30), Duration.ofSeconds(60), 256, options.maxConcurrentRequests(),
                options.maxQueuedRequests());
        this.front = HttpFront.start("127.0.0.1", 0, limits, new Handler());
    }

    /** The API {@code translatedTemplate} declares, owned by {@code ownerAccount}, with API Gateway's quotas. */
    public static ApiGatewayEmulator start(JsonNode translatedTemplate, Map<String, IamUser> users, String ownerAccount,
                                           Invoker invoker) {
        return start(translatedTemplate, users, ownerAccount, invoker, Options.defaults());
    }

    public static ApiGatewayEmulator start(JsonNode translatedTemplate, Map<String, IamUser> users, String ownerAccount,
                                           Invoker invoker, Options options) {
        try {
            return new ApiGatewayEmulator(RestApiDefinition.from(translatedTemplate), users, ownerAccount, invoker,
                    options);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while binding", e);
        }
    }

    /** The stage's invoke URL, {@code http://127.0.0.1:PORT/{stage}}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + front.port() + "/" + api.stageName());
    }

    public String stageName() {
        return api.stageName();
    }

    public String region() {
        return options.region();
    }

    /** The API's id (random per start), as the events' {@code requestContext.apiId} give it. */
    public String apiId() {
        return apiId;
    }

    /** Every method of the API, by the logical id of the function it invokes. */
    public Map<String, List<Route>> routes() {
        return api.byFunction();
    }

    @Override
    public void close() {
        front.close();
        invocations.shutdownNow();
    }

    private final class Handler implements HttpFront.Handler {

        @Override
        public HttpReply handle(HttpRequest request) {
            String requestId = UUID.randomUUID().toString();
            String extendedRequestId = Base64.getEncoder().encodeToString(randomBytes(11));
            try {
                return proxy(request, requestId, extendedRequestId);
            } catch (GatewayRefusal refusal) {
                return gatewayResponse(refusal.response(), refusal.getMessage(), requestId, extendedRequestId);
            }
        }

        @Override
        public HttpReply refuse(HttpFront.Refusal refusal, HttpFront.Limits limits) {
            String requestId = UUID.randomUUID().toString();
            String extendedRequestId = Base64.getEncoder().encodeToString(randomBytes(11));
            return switch (refusal) {
                case BODY_TOO_LARGE -> gatewayResponse(GatewayResponse.REQUEST_TOO_LARGE, "Request Too Long",
                        requestId, extendedRequestId);
                case OVERLOADED -> gatewayResponse(GatewayResponse.THROTTLED, "Too Many Requests", requestId,
                        extendedRequestId);
                // what the HTTP front refuses before API Gateway's own handling would: plain HTTP answers
                case HEADERS_TOO_LARGE -> HttpReply.json(431, "{\"message\":\"Request Header Fields Too Large\"}");
                case MALFORMED -> HttpReply.json(400, "{\"message\":\"Bad Request\"}");
                case TIMED_OUT -> HttpReply.json(408, "{\"message\":\"Request Timeout\"}");
                // what API Gateway answers when its integration fails instead of answering
                case HANDLER_FAILED -> HttpReply.json(502, "{\"message\":\"Internal server error\"}");
            };
        }
    }

    private HttpReply proxy(HttpRequest request, String requestId, String extendedRequestId) {
        java.time.Instant receivedAt = options.clock().instant();
        String stagePrefix = "/" + api.stageName();
        String rawPath = request.rawPath();
        if (!rawPath.equals(stagePrefix) && !rawPath.startsWith(stagePrefix + "/")) {
            throw MISSING_AUTHENTICATION_TOKEN.refusal("Missing Authentication Token");
        }
        String stageless = rawPath.length() == stagePrefix.length() ? "/" : rawPath.substring(stagePrefix.length());
        List<String> segments = Route.segments(stageless);
        Route route = null;
        Map<String, String> pathParameters = null;
        for (Route candidate : bySpecificity) {
            Optional<Map<String, String>> match = candidate.match(request.method(), segments);
            if (match.isPresent()) {
                route = candidate;
                pathParameters = match.get();
                break;
            }
        }
        if (route == null) {
            throw MISSING_AUTHENTICATION_TOKEN.refusal("Missing Authentication Token");
        }
        IamUser caller = null;
        if (route.iamAuthorized()) {
            if (!ExecuteApiSignature.carriesCredentials(request)) {
                throw MISSING_AUTHENTICATION_TOKEN.refusal("Missing Authentication Token");
            }
            caller = signature.verify(request);
        }
        ObjectNode event = ProxyEvent.of(request, stageless, route, pathParameters, caller,
                new ProxyEvent.Context(apiId, ownerAccount, api.stageName(), requestId, extendedRequestId, receivedAt,
                        api.binaryMediaTypes()));
        String function = route.functionLogicalId();
        String answer = invoke(function, event.toString(), requestId);
        ProxyResponse response = ProxyResponse.parse(answer).orElseThrow(() -> {
            LOG.log(System.Logger.Level.WARNING, "{0}: malformed Lambda proxy response from {1}", requestId, function);
            return INTEGRATION_FAILURE.refusal("Internal server error");
        });
        return passThrough(request, response, requestId, extendedRequestId);
    }

    private String invoke(String function, String event, String requestId) {
        Future<String> invocation = invocations.submit(() -> invoker.invoke(function, event));
        try {
            return invocation.get(options.integrationTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            invocation.cancel(true);
            LOG.log(System.Logger.Level.WARNING, "{0}: {1} did not answer within {2}", requestId, function,
                    options.integrationTimeout());
            throw INTEGRATION_TIMEOUT.refusal("Endpoint request timed out");
        } catch (ExecutionException e) {
            // the cause is the function's or the invoker's; the client learns only that the integration failed
            LOG.log(System.Logger.Level.WARNING, requestId + ": invoking " + function + " failed", e.getCause());
            throw INTEGRATION_FAILURE.refusal("Internal server error");
        } catch (InterruptedException e) {
            invocation.cancel(true);
            Thread.currentThread().interrupt();
            throw INTEGRATION_FAILURE.refusal("Internal server error");
        }
    }

    private HttpReply passThrough(HttpRequest request, ProxyResponse response, String requestId,
                                  String extendedRequestId) {
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().forEach((name, values) -> {
            if (!FRAMING.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, String.join(",", values));
            }
        });
        if (headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            headers.put("Content-Type", "application/json");
        }
        headers.putAll(gatewayHeaders(requestId, extendedRequestId));
        String contentType = response.headers().getOrDefault("Content-Type", List.of("application/json")).get(0);
        boolean binary = response.base64Encoded()
                && (ProxyEvent.isBinary(contentType, api.binaryMediaTypes())
                || ProxyEvent.isBinary(request.header("Accept"), api.binaryMediaTypes()));
        byte[] body = binary ? Base64.getDecoder().decode(response.body())
                : response.body().getBytes(StandardCharsets.UTF_8);
        return new HttpReply(response.statusCode(), headers, body);
    }

    private static HttpReply gatewayResponse(GatewayResponse response, String message, String requestId,
                                             String extendedRequestId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.putAll(gatewayHeaders(requestId, extendedRequestId));
        if (response.errorType() != null) {
            headers.put("x-amzn-ErrorType", response.errorType());
        }
        return new HttpReply(response.status(), headers, response.body(message).getBytes(StandardCharsets.UTF_8));
    }

    /** The headers API Gateway adds to every answer. */
    private static Map<String, String> gatewayHeaders(String requestId, String extendedRequestId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-amzn-RequestId", requestId);
        headers.put("x-amz-apigw-id", extendedRequestId);
        headers.put("X-Amzn-Trace-Id", "Root=1-" + Long.toHexString(System.currentTimeMillis() / 1000) + "-"
                + HexFormat.of().formatHex(randomBytes(12)));
        return headers;
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Ten characters of [a-z0-9], the shape of a REST API id. */
    private static String randomId() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return id.toString();
    }
}
