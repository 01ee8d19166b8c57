package dev.paycrypto.service.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.api.ApiOperation;
import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.data.DataPlaneOperations;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.audit.AuditDelivery;
import dev.paycrypto.app.events.AuditRecords;
import dev.paycrypto.app.events.Event;
import dev.paycrypto.service.protocol.ErrorMapper;
import dev.paycrypto.app.json.JsonCodec;
import dev.paycrypto.service.protocol.Operation;
import dev.paycrypto.service.protocol.RequestValidator;
import dev.paycrypto.service.protocol.RestJsonBinder;
import dev.paycrypto.service.protocol.WireResponse;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * The plumbing every operation shares, so that an operation class only says what it does: parse and validate
 * the request against the model, bind it once into its typed request {@code I}, find the caller, run the
 * operation, write its typed response {@code O}, map any failure to the wire in one place, and log and measure
 * the call. It logs the operation, status, error code and latency, never a request or response body.
 */
public abstract class OperationFunction<I, O>
        implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(OperationFunction.class);
    /** The log field Powertools keeps a call's correlation id in. */
    private static final String CORRELATION_ID = "correlation_id";

    private final Plane plane;
    private final Operation operation;
    private final ApiOperation<?, ?> apiOperation;
    private final Class<I> requestType;
    private final Supplier<Services> services;
    private final Supplier<AuditDelivery> audit;
    private final Runnable afterInvocation;

    /**
     * For the Lambda runtime: services from the environment, built once per process on first use; the process's
     * SnapStart priming (a crypto self-test) runs before its snapshot.
     */
    /** For the Lambda runtime: the operation's typed request and response, its plane read from their package. */
    protected OperationFunction(ApiOperation<I, O> operation) {
        this(planeOf(operation), operation.name(), operation.input());
    }

    /** Over the given services (the local runtime, tests). */
    protected OperationFunction(ApiOperation<I, O> operation, Services services) {
        this(planeOf(operation), operation.name(), operation.input(), services);
    }

    private static Plane planeOf(ApiOperation<?, ?> operation) {
        return operation.input().getPackageName().endsWith(".data") ? Plane.DATA : Plane.CONTROL;
    }

    protected OperationFunction(Plane plane, String operationName, Class<I> requestType) {
        // the audit delivery is settled here, in the function's initialisation: that is when Lambda takes extensions
        this(plane, operationName, requestType, DeployedServices::get, DeployedAudit.get()::delivery,
                DeployedAudit.get()::handlerEnded);
        SnapStartPriming.register();
    }

    protected OperationFunction(Plane plane, String operationName, Class<I> requestType, Services services) {
        this(plane, operationName, requestType, () -> services, constant(new AuditDelivery(services.events(),
                services.metrics()::auditPublishFailed)), () -> { });
    }

    private OperationFunction(Plane plane, String operationName, Class<I> requestType, Supplier<Services> services,
                              Supplier<AuditDelivery> audit, Runnable afterInvocation) {
        this.plane = plane;
        this.operation = plane.model().operation(operationName);
        this.apiOperation = (plane == Plane.DATA ? DataPlaneOperations.ALL : ControlPlaneOperations.ALL)
                .get(operationName);
        this.requestType = requestType;
        this.services = services;
        this.audit = audit;
        this.afterInvocation = afterInvocation;
    }

    private static <T> Supplier<T> constant(T value) {
        return () -> value;
    }

    /**
     * The operation itself: a few lines that hand the typed request to its use case. {@code services} are the
     * Region's; {@code context} says who calls, where and when.
     */
    protected abstract O handle(I request, Services services, CallContext context);

    public String operationName() {
        return operation.name();
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        if (context == null) {
            return process(event);
        }
        // the correlation id is API Gateway's request id, read directly: Powertools' correlation path would compile
        // a JMESPath expression and convert the whole event to a JSON tree on every call
        String requestId = event.getRequestContext() == null ? null : event.getRequestContext().getRequestId();
        try {
            return PowertoolsLogging.withLogging(context, () -> {
                if (requestId != null) {
                    MDC.put(CORRELATION_ID, requestId);
                }
                return process(event);
            });
        } finally {
            afterInvocation.run();
        }
    }

    private APIGatewayProxyResponseEvent process(APIGatewayProxyRequestEvent event) {
        long start = System.nanoTime();
        Services svc = null;
        Caller caller = null;
        JsonNode input = null;
        JsonNode output = null;
        String errorCode = null;
        String errorMessage = null;
        APIGatewayProxyResponseEvent response;
        try {
            svc = services.get();
            caller = Caller.from(event);
            input = readInput(event);
            RequestValidator.validate(operation, input);
            // one instant per call, read once, so that one call sees one time
            CallContext context = new CallContext(caller.account(), svc.region(),
                    svc.clock().instant().truncatedTo(ChronoUnit.MILLIS), caller.principal(), apiOperation,
                    RequestFactsReader.read(caller, input));
            output = write(handle(bind(input), svc, context));
            response = respond(200, Map.of("Content-Type", plane.contentType()), JsonCodec.write(output));
        } catch (Throwable failure) {
            WireResponse wire = ErrorMapper.toResponse(failure, plane.protocol());
            errorCode = wire.headers().get(ErrorMapper.ERROR_TYPE_HEADER);
            errorMessage = messageOf(wire.body());
            if (wire.status() >= 500) {
                // the cause goes to the log with the correlation id; the client gets a generic message
                LOG.error("{} failed", operation.name(), failure);
            }
            response = respond(wire.status(), wire.headers(), wire.body());
        }
        long latencyMillis = (System.nanoTime() - start) / 1_000_000;
        LOG.info("operation={} status={} error={} latencyMs={}", operation.name(), response.getStatusCode(),
                errorCode == null ? "-" : errorCode, latencyMillis);
        if (svc != null) {
            svc.metrics().record(operation.name(), latencyMillis, errorCode);
            if (caller != null) {
                audit(svc, event, caller, input, output, errorCode, errorMessage);
            }
        }
        return response;
    }

    /**
     * The call's {@code API Call} event, successful or not (a request without an authenticated caller never reached
     * an account and is not audited), handed to the {@link AuditDelivery}: deployed, sent after the response, and
     * never lost (retried, else logged and counted). The call has happened, so a failure here never fails it.
     */
    private void audit(Services svc, APIGatewayProxyRequestEvent event, Caller caller, JsonNode input,
                       JsonNode output, String errorCode, String errorMessage) {
        String requestId = event.getRequestContext() == null ? null : event.getRequestContext().getRequestId();
        Event record;
        try {
            record = AuditRecords.apiCall(new AuditRecords.Call(operation.name(), plane == Plane.CONTROL,
                    svc.region(), caller.account(), caller.principal(), caller.sourceIp(), caller.userAgent(),
                    requestId, svc.clock().instant(), input, output, errorCode == null ? null
                    : errorCode.split(":")[0], errorMessage));
        } catch (RuntimeException e) {
            LOG.error("{}: no API Call record could be built ({})", operation.name(), e.getClass().getSimpleName());
            svc.metrics().auditPublishFailed();
            return;
        }
        audit.get().send(record);
    }

    private I bind(JsonNode input) {
        return JsonCodec.bind(input, requestType);
    }

    private static JsonNode write(Object output) {
        return output instanceof JsonNode node ? node : JsonCodec.tree(output);
    }

    private static String messageOf(String body) {
        try {
            JsonNode error = JsonCodec.parse(body);
            JsonNode message = error.has("message") ? error.get("message") : error.get("Message");
            return message == null ? null : message.asText();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private JsonNode readInput(APIGatewayProxyRequestEvent event) {
        JsonNode body = JsonCodec.parse(event.getBody());
        if (plane == Plane.CONTROL) {
            return body;
        }
        return RestJsonBinder.bind(operation, orEmpty(event.getPathParameters()),
                orEmpty(event.getQueryStringParameters()), body);
    }

    private static Map<String, String> orEmpty(Map<String, String> map) {
        return map == null ? Map.of() : map;
    }

    private static APIGatewayProxyResponseEvent respond(int status, Map<String, String> headers, String body) {
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(status)
                .withHeaders(new HashMap<>(headers))
                .withBody(body)
                .withIsBase64Encoded(false);
    }
}
