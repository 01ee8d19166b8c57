package dev.paycrypto.deployed.apigateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.local.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The event API Gateway's REST API (payload format 1.0) sends a Lambda proxy integration: the request as it arrived
 * (the {@code path} without the stage, the headers with their last value and all values, the query decoded, the path
 * parameters decoded, the body as text unless its type is a binary media type), and the request context, whose
 * {@code identity} says who signed it (its {@code accountId}, {@code caller} and {@code user} the IAM user's unique
 * id, {@code userArn}, {@code accessKey}) and from where ({@code sourceIp}, the TCP peer).
 */
final class ProxyEvent {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code $context.requestTime}: CLF format. */
    private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z",
            Locale.US).withZone(ZoneOffset.UTC);

    private ProxyEvent() {
    }

    /** What API Gateway knows of the request besides the request itself. */
    record Context(String apiId, String ownerAccount, String stage, String requestId, String extendedRequestId,
                   Instant receivedAt, List<String> binaryMediaTypes) {
    }

    static ObjectNode of(HttpRequest request, String stagelessPath, Route route, Map<String, String> pathParameters,
                         IamUser caller, Context context) {
        ObjectNode event = JSON.createObjectNode();
        event.put("resource", route.resourcePath());
        event.put("path", stagelessPath);
        event.put("httpMethod", request.method());
        ObjectNode headers = event.putObject("headers");
        ObjectNode multiHeaders = event.putObject("multiValueHeaders");
        request.headers().forEach((name, values) -> {
            headers.put(name, values.get(values.size() - 1));
            ArrayNode all = multiHeaders.putArray(name);
            values.forEach(all::add);
        });
        Map<String, List<String>> query = new LinkedHashMap<>();
        ExecuteApiSignature.queryParameters(request.rawQuery())
                .forEach(p -> query.computeIfAbsent(p[0], k -> new java.util.ArrayList<>()).add(p[1]));
        if (query.isEmpty()) {
            event.putNull("queryStringParameters");
            event.putNull("multiValueQueryStringParameters");
        } else {
            ObjectNode single = event.putObject("queryStringParameters");
            ObjectNode multi = event.putObject("multiValueQueryStringParameters");
            query.forEach((name, values) -> {
                single.put(name, values.get(values.size() - 1));
                ArrayNode all = multi.putArray(name);
                values.forEach(all::add);
            });
        }
        if (pathParameters.isEmpty()) {
            event.putNull("pathParameters");
        } else {
            ObjectNode parameters = event.putObject("pathParameters");
            pathParameters.forEach(parameters::put);
        }
        event.putNull("stageVariables");

        String host = request.header("Host") == null ? "" : request.header("Host");
        String domainName = host.contains(":") ? host.substring(0, host.lastIndexOf(':')) : host;
        ObjectNode requestContext = event.putObject("requestContext");
        requestContext.put("resourceId", route.resourceId());
        requestContext.put("resourcePath", route.resourcePath());
        requestContext.put("httpMethod", request.method());
        requestContext.put("extendedRequestId", context.extendedRequestId());
        requestContext.put("requestTime", REQUEST_TIME.format(context.receivedAt()));
        requestContext.put("path", request.rawPath());
        requestContext.put("accountId", context.ownerAccount());
        requestContext.put("protocol", request.protocol());
        requestContext.put("stage", context.stage());
        requestContext.put("domainPrefix", domainName.contains(".") ? domainName.substring(0, domainName.indexOf('.'))
                : domainName);
        requestContext.put("requestTimeEpoch", context.receivedAt().toEpochMilli());
        requestContext.put("requestId", context.requestId());
        ObjectNode identity = requestContext.putObject("identity");
        identity.putNull("cognitoIdentityPoolId");
        putOrNull(identity, "accountId", caller == null ? null : caller.accountId());
        identity.putNull("cognitoIdentityId");
        putOrNull(identity, "caller", caller == null ? null : caller.userId());
        identity.put("sourceIp", request.remoteAddress());
        identity.putNull("principalOrgId");
        putOrNull(identity, "accessKey", caller == null ? null : caller.accessKeyId());
        identity.putNull("cognitoAuthenticationType");
        identity.putNull("cognitoAuthenticationProvider");
        putOrNull(identity, "userArn", caller == null ? null : caller.userArn());
        putOrNull(identity, "userAgent", request.header("User-Agent"));
        putOrNull(identity, "user", caller == null ? null : caller.userId());
        requestContext.put("domainName", domainName);
        requestContext.put("apiId", context.apiId());

        boolean binary = isBinary(request.header("Content-Type"), context.binaryMediaTypes());
        if (request.body().length == 0) {
            event.putNull("body");
        } else {
            event.put("body", binary ? Base64.getEncoder().encodeToString(request.body())
                    : new String(request.body(), StandardCharsets.UTF_8));
        }
        event.put("isBase64Encoded", binary && request.body().length > 0);
        return event;
    }

    /** Whether {@code contentType} is one of the API's binary media types ({@code type/*} and {@code *}/{@code *} too). */
    static boolean isBinary(String contentType, List<String> binaryMediaTypes) {
        if (contentType == null || binaryMediaTypes.isEmpty()) {
            return false;
        }
        String type = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        for (String declared : binaryMediaTypes) {
            String d = declared.toLowerCase(Locale.ROOT);
            if (d.equals(type) || d.equals("*/*")
                    || d.endsWith("/*") && type.startsWith(d.substring(0, d.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private static void putOrNull(ObjectNode node, String name, String value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }
}
