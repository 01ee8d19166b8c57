package dev.paycrypto.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.paycrypto.local.http.HttpFront;
import dev.paycrypto.local.http.HttpReply;
import dev.paycrypto.local.http.HttpRequest;
import dev.paycrypto.app.errors.InvalidSignatureException;
import dev.paycrypto.app.errors.RequestEntityTooLargeException;
import dev.paycrypto.app.errors.RequestHeaderFieldsTooLargeException;
import dev.paycrypto.app.errors.RequestTimeoutException;
import dev.paycrypto.app.errors.SerializationException;
import dev.paycrypto.app.errors.ServiceException;
import dev.paycrypto.app.errors.ServiceUnavailableException;
import dev.paycrypto.app.errors.UnknownOperationException;
import dev.paycrypto.app.events.UniqueIds;
import dev.paycrypto.service.protocol.ErrorMapper;
import dev.paycrypto.service.protocol.Protocol;
import dev.paycrypto.service.protocol.WireResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local runtime: behind the HTTP front, it verifies each request's SigV4 signature (the Region is the one of
 * the signature's scope, and must be served; the service must be {@code payment-cryptography}, or
 * {@code execute-api} for the per-operation routes API Gateway serves), routes it to a function of the template,
 * turns it into the API Gateway proxy event AWS would send, invokes the function in-process and writes its
 * response back. The side endpoints ({@link SideEndpoints}) take the same signatures; only the health check is
 * open. A request signed for STS is answered by {@link StsEndpoint} ({@code GetCallerIdentity} only). One handler
 * instance per function and region, created on first use. It logs one line per request (time, region, operation,
 * status, latency) and nothing of the bodies.
 */
public final class LocalRuntime implements AutoCloseable, HttpFront.Handler {

    private static final Logger REQUESTS = LoggerFactory.getLogger("dev.paycrypto.local.requests");
    private static final String SERVICE = "payment-cryptography";
    private static final String API_GATEWAY_SERVICE = "execute-api";

    private final RuntimeOptions options;
    private final LocalFunctionFactory factory;
    private final Router router;
    private final SigV4Verifier verifier;
    private final SideEndpoints sideEndpoints;
    private final Map<String, RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>> handlers =
            new ConcurrentHashMap<>();
    private final HttpReply health;
    private HttpFront front;

    private LocalRuntime(RuntimeOptions options, LocalFunctionFactory factory) {
        this.options = options;
        this.factory = factory;
        this.router = new Router(factory.functions());
        // signatures are checked against the wall clock the clients sign with; the options' clock is the service's
        // business time (key lifecycle, schedules), which tests may move forward
        this.verifier = new SigV4Verifier(options.credentials(), Clock.systemUTC());
        this.sideEndpoints = new SideEndpoints(factory);
        this.health = SideEndpoints.health(options.regions());
    }

    /**
     * Serves {@code factory}'s functions on the options' port.
     *
     * @throws java.net.BindException (sneakily, from Netty) when the port is taken
     */
    public static LocalRuntime start(RuntimeOptions options, LocalFunctionFactory factory) throws InterruptedException {
        LocalRuntime runtime = new LocalRuntime(options, factory);
        runtime.front = HttpFront.start(options.host(), options.port(), options.limits(), runtime);
        return runtime;
    }

    /**
     * Serves {@code factory}'s functions on a front that was listening already (a start binds its port while the
     * factory opens the Regions): the gate, which held the front's first requests, now lets them through.
     */
    static LocalRuntime serve(RuntimeOptions options, LocalFunctionFactory factory, HttpFront front, StartGate gate) {
        LocalRuntime runtime = new LocalRuntime(options, factory);
        runtime.front = front;
        gate.open(runtime);
        return runtime;
    }

    public int port() {
        return front.port();
    }

    /** Where a client on this machine reaches the service: the loopback address when it listens on every interface. */
    public URI endpoint() {
        return URI.create("http://" + ListenAddress.forLocalClients(options.host()) + ":" + port());
    }

    /** Connections open now (tests of the connection cap). */
    int openConnections() {
        return front.openConnections();
    }

    @Override
    public void close() {
        front.close();
    }

    @Override
    public HttpReply handle(HttpRequest request) {
        if (SideEndpoints.isHealthCheck(request)) {
            return health;
        }
        long start = System.nanoTime();
        String requestId = UniqueIds.uuid();
        String target = request.header("X-Amz-Target");
        Protocol protocol = target != null ? Protocol.AWS_JSON_1_0 : Protocol.REST_JSON_1;
        String region = "-";
        String operation = "-";
        HttpReply reply;
        try {
            SigV4Verifier.Identity identity = verifier.verify(new SigV4Verifier.SignedRequest(request.method(),
                    request.rawPath(), request.rawQuery(), request.headers(), request.body()));
            region = identity.region();
            if (StsEndpoint.SERVICE.equals(identity.service()) && target == null) {
                // STS is global: its signature's Region need not be one this service holds keys in
                operation = "sts";
                reply = StsEndpoint.answer(request, identity, requestId);
                REQUESTS.info("{} {} {} {}ms", region, operation, reply.status(),
                        (System.nanoTime() - start) / 1_000_000);
                return withRequestId(reply, requestId);
            }
            if (!options.regions().contains(identity.region())) {
                throw new InvalidSignatureException("Credential should be scoped to a valid region, not '"
                        + identity.region() + "'");
            }
            boolean side = SideEndpoints.isSideEndpoint(request);
            requireSigningService(identity, target == null && !side);
            if (side) {
                operation = request.rawPath();
                reply = sideEndpoints.handle(request, identity);
            } else {
                Optional<Router.Match> match = router.route(request.method(), request.rawPath(), target);
                if (match.isEmpty()) {
                    throw target != null
                            ? new UnknownOperationException("The operation " + target + " is not served here", 400)
                            : new UnknownOperationException("No operation is bound to " + request.method() + " "
                                    + request.rawPath(), 404);
                }
                operation = operationName(match.get().function());
                reply = invoke(match.get(), identity, request, requestId);
            }
        } catch (ServiceException e) {
            reply = target == null && StsEndpoint.isSignedForSts(request)
                    ? StsEndpoint.refusal(e, requestId)
                    : error(e, protocol);
        } catch (RuntimeException e) {
            REQUESTS.error("request {} failed in the runtime", requestId, e);
            reply = error(e, protocol);
        }
        REQUESTS.info("{} {} {} {}ms", region, operation, reply.status(), (System.nanoTime() - start) / 1_000_000);
        return withRequestId(reply, requestId);
    }

    @Override
    public HttpReply refuse(HttpFront.Refusal refusal, HttpFront.Limits limits) {
        return refusal(refusal, limits);
    }

    /** The AWS error the front answers for a request it refused on its own. */
    static HttpReply refusal(HttpFront.Refusal refusal, HttpFront.Limits limits) {
        ServiceException error = switch (refusal) {
            case BODY_TOO_LARGE -> new RequestEntityTooLargeException("The request body is larger than "
                    + limits.maxBodyBytes() + " bytes");
            case HEADERS_TOO_LARGE -> new RequestHeaderFieldsTooLargeException("The request line or headers are "
                    + "larger than " + limits.maxHeaderBytes() + " bytes");
            case MALFORMED -> new SerializationException("The request is not well-formed HTTP/1.1");
            case TIMED_OUT -> new RequestTimeoutException("The request did not arrive within "
                    + limits.headerTimeout().toSeconds() + " s (headers) and " + limits.bodyTimeout().toSeconds()
                    + " s (body)");
            case OVERLOADED -> new ServiceUnavailableException("The service is busy; retry the request");
            case HANDLER_FAILED -> ErrorMapper.translate(new IllegalStateException("the handler failed"));
        };
        REQUESTS.info("- - {} 0ms ({})", error.httpStatus(), refusal);
        return withRequestId(error(error, Protocol.REST_JSON_1), UniqueIds.uuid());
    }

    /**
     * The SDKs and the CLI sign for {@code payment-cryptography}; API Gateway, whose per-operation routes the local
     * service also serves, takes {@code execute-api}. A signature for any other service (S3, KMS, ...) was made for
     * someone else and is refused.
     */
    private static void requireSigningService(SigV4Verifier.Identity identity, boolean routeForm) {
        if (SERVICE.equals(identity.service()) || (routeForm && API_GATEWAY_SERVICE.equals(identity.service()))) {
            return;
        }
        throw new InvalidSignatureException("Credential should be scoped to correct service: '" + SERVICE + "'");
    }

    private HttpReply invoke(Router.Match match, SigV4Verifier.Identity identity, HttpRequest request,
                             String requestId) {
        FunctionDefinition function = match.function();
        RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler = handlers.computeIfAbsent(
                function.logicalId() + "@" + identity.region(), k -> factory.create(function, identity.region()));
        APIGatewayProxyRequestEvent event = ProxyEvents.request(request, match, identity, requestId);
        // no Lambda context: Powertools' per-invocation logging set-up is Lambda's concern (it costs locally what a
        // whole CVV does), and the local runtime writes its own request line
        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);
        Map<String, String> headers = response.getHeaders() == null ? Map.of() : response.getHeaders();
        String body = response.getBody();
        return new HttpReply(response.getStatusCode() == null ? 502 : response.getStatusCode(), headers,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    static HttpReply error(Throwable failure, Protocol protocol) {
        WireResponse wire = ErrorMapper.toResponse(failure, protocol);
        return new HttpReply(wire.status(), wire.headers(), wire.body().getBytes(StandardCharsets.UTF_8));
    }

    static HttpReply withRequestId(HttpReply reply, String requestId) {
        Map<String, String> headers = new HashMap<>(reply.headers());
        headers.put("x-amzn-RequestId", requestId);
        return new HttpReply(reply.status(), headers, reply.body());
    }

    private static String operationName(FunctionDefinition function) {
        String handler = function.handlerClass();
        return handler.substring(handler.lastIndexOf('.') + 1);
    }
}
