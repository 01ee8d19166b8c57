package dev.paycrypto.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import dev.paycrypto.local.http.HttpRequest;
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

    static APIGatewayProxyRequestEvent request(HttpRequest request, Router.Match match,
                                               SigV4Verifier.Identity identity, String requestId) {
        Map<String, String> headers = new HashMap<>();
        Map<String, List<String>> multiHeaders = new HashMap<>();
        request.headers().forEach((name, values) -> {
            headers.put(name, values.get(values.size() - 1));
            multiHeaders.put(name, new ArrayList<>(values));
        });
        Map<String, String> query = new HashMap<>();
        Map<String, List<String>> multiQuery = new HashMap<>();
        String rawQuery = request.rawQuery();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                query.put(name, value);
                multiQuery.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        String sourceIp = request.remoteAddress();
        String userAgent = request.header("User-Agent");
        APIGatewayProxyRequestEvent.RequestIdentity identityContext = new APIGatewayProxyRequestEvent.RequestIdentity()
                .withAccountId(identity.account())
                .withAccessKey(identity.accessKeyId())
                .withCaller(identity.accessKeyId())
                .withUserArn(userArn(identity))
                .withSourceIp(sourceIp)
                .withUserAgent(userAgent);
        APIGatewayProxyRequestEvent.ProxyRequestContext context = new APIGatewayProxyRequestEvent.ProxyRequestContext()
                .withAccountId(identity.account())
                .withRequestId(requestId)
                .withStage("local")
                .withResourcePath(match.resource())
                .withHttpMethod(request.method())
                .withPath(request.rawPath())
                .withProtocol(request.protocol())
                .withIdentity(identityContext);
        context.setRequestTimeEpoch(System.currentTimeMillis());
        return new APIGatewayProxyRequestEvent()
                .withResource(match.resource())
                .withPath(request.rawPath())
                .withHttpMethod(request.method())
                .withHeaders(headers)
                .withMultiValueHeaders(multiHeaders)
                .withQueryStringParameters(query.isEmpty() ? null : query)
                .withMultiValueQueryStringParameters(multiQuery.isEmpty() ? null : multiQuery)
                .withPathParameters(match.pathParameters().isEmpty() ? null : match.pathParameters())
                .withRequestContext(context)
                .withBody(new String(request.body(), StandardCharsets.UTF_8))
                .withIsBase64Encoded(false);
    }

    /** The IAM ARN a configured credential acts as: a user of its account, named by its access key id. */
    static String userArn(SigV4Verifier.Identity identity) {
        return "arn:aws:iam::" + identity.account() + ":user/" + identity.accessKeyId();
    }
}
