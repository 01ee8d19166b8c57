package dev.paycrypto.service.runtime;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import java.util.Objects;

/**
 * Who made a request, as API Gateway (or the local runtime, which builds the same event) reports it after
 * checking the signature. Keys are scoped to {@code account}.
 */
public record Caller(String account, String principal, String sourceIp, String userAgent) {

    public Caller {
        Objects.requireNonNull(account, "account");
    }

    public static Caller from(APIGatewayProxyRequestEvent event) {
        APIGatewayProxyRequestEvent.ProxyRequestContext context = event.getRequestContext();
        if (context == null) {
            throw new IllegalArgumentException("The event has no requestContext");
        }
        APIGatewayProxyRequestEvent.RequestIdentity identity = context.getIdentity();
        String account = identity != null && identity.getAccountId() != null ? identity.getAccountId()
                : context.getAccountId();
        if (account == null) {
            throw new IllegalArgumentException("The event names no account");
        }
        String principal = identity == null ? null : firstNonNull(identity.getUserArn(), identity.getCaller());
        return new Caller(account, principal, identity == null ? null : identity.getSourceIp(),
                identity == null ? null : identity.getUserAgent());
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
