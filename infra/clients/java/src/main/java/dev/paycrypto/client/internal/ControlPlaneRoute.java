package dev.paycrypto.client.internal;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Sends a control-plane call to the route the stack serves it on. Not API.
 *
 * <p>awsJson1_0 clients post every operation to the endpoint's root and name it in {@code X-Amz-Target}; the stack's
 * API Gateway routes on paths, so each operation has its own {@code POST <root>/controlplane/<Operation>}. The body
 * and the header are left as they are (the function reads the operation from either).
 *
 * <p>The new path is built from the request's current path, not from the configured endpoint, so it comes out the
 * same whether the SDK has already put the endpoint's stage path in front ({@code /Prod/}) or does so after this
 * interceptor ({@code /}). {@code modifyHttpRequest} runs before signing, so the signature covers this path.
 */
public final class ControlPlaneRoute implements ExecutionInterceptor {

    static final String ROUTE_PREFIX = "/controlplane/";

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        SdkHttpRequest request = context.httpRequest();
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (operation == null || operation.isEmpty()) {
            throw new IllegalStateException("The SDK did not name the control-plane operation; cannot route it");
        }
        String root = request.encodedPath();
        while (root.endsWith("/")) {
            root = root.substring(0, root.length() - 1);
        }
        return request.toBuilder().encodedPath(root + ROUTE_PREFIX + operation).build();
    }
}
