package dev.paycrypto.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the API Gateway (REST API, proxy integration) event that AWS would send for a request. */
final class ProxyEvents {

    private ProxyEvents() {
    }

    static APIGatewayProxyRequestEvent request(HttpExchange exchange, Router.Match match,
                                               SigV4Verifier.Identity identity, byte[] body, String requestId) {
        Map<String, String> headers = new HashMap<>();
        Map<String, List<String>> multiHeaders = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            headers.put(name, values.get(values.size() - 1));
            multiHeaders.put(name, new ArrayList<>(values));
        });
        Map<String, String> query = new HashMap<>();
        Map<String, List<String>> multiQuery = new HashMap<>();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                query.put(name, value);
                multiQuery.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        String sourceIp = exchange.getRemoteAddress().getAddress().getHostAddress();
        String userAgent = headers.get("User-agent");
        APIGatewayProxyRequestEvent.RequestIdentity identityContext = new APIGatewayProxyRequestEvent.RequestIdentity()
                .withAccountId(identity.account())
                .withAccessKey(identity.accessKeyId())
                .withCaller(identity.accessKeyId())
                .withUserArn("arn:aws:iam::" + identity.account() + ":user/" + identity.accessKeyId())
                .withSourceIp(sourceIp)
                .withUserAgent(userAgent);
        APIGatewayProxyRequestEvent.ProxyRequestContext context = new APIGatewayProxyRequestEvent.ProxyRequestContext()
                .withAccountId(identity.account())
                .withRequestId(requestId)
                .withStage("local")
                .withResourcePath(match.resource())
                .withHttpMethod(exchange.getRequestMethod())
                .withPath(exchange.getRequestURI().getRawPath())
                .withProtocol(exchange.getProtocol())
                .withIdentity(identityContext);
        context.setRequestTimeEpoch(System.currentTimeMillis());
        return new APIGatewayProxyRequestEvent()
                .withResource(match.resource())
                .withPath(exchange.getRequestURI().getRawPath())
                .withHttpMethod(exchange.getRequestMethod())
                .withHeaders(headers)
                .withMultiValueHeaders(multiHeaders)
                .withQueryStringParameters(query.isEmpty() ? null : query)
                .withMultiValueQueryStringParameters(multiQuery.isEmpty() ? null : multiQuery)
                .withPathParameters(match.pathParameters().isEmpty() ? null : match.pathParameters())
                .withRequestContext(context)
                .withBody(new String(body, StandardCharsets.UTF_8))
                .withIsBase64Encoded(false);
    }
}
