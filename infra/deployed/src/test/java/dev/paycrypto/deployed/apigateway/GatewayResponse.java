package dev.paycrypto.deployed.apigateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/**
 * The answers API Gateway gives on its own, without the integration (its "gateway responses", default templates):
 * the status, the {@code x-amzn-ErrorType} header, and the {@code {"message": ...}} body. This enum is the one place
 * that maps a refusal to the wire.
 *
 * <p>The authentication refusals have a compact body ({@code {"message":"Missing Authentication Token"}}); the
 * integration failures have a space after the colon ({@code {"message": "Internal server error"}}), as API Gateway
 * writes them (a 504's {@code Content-Length: 56} for {@code {"message": "Network error communicating with
 * endpoint"}} in the wild shows the space).
 */
public enum GatewayResponse {

    /** No route for the method and path, or no credentials: API Gateway says the same for both. */
    MISSING_AUTHENTICATION_TOKEN(403, "MissingAuthenticationTokenException", false),
    /** An Authorization header (or query) that is not a complete SigV4 one. */
    INCOMPLETE_SIGNATURE(403, "IncompleteSignatureException", false),
    /** A signature that is wrong, expired, or scoped to another service, Region or date. */
    INVALID_SIGNATURE(403, "InvalidSignatureException", false),
    /** An access key IAM does not know. */
    UNRECOGNIZED_CLIENT(403, "UnrecognizedClientException", false),
    /** A body over the 10 MB payload quota. */
    REQUEST_TOO_LARGE(413, null, false),
    /** More requests than the emulator takes at once (API Gateway's throttling answer). */
    THROTTLED(429, "TooManyRequestsException", false),
    /** The function failed, or answered with something that is not a proxy response. */
    INTEGRATION_FAILURE(502, "InternalServerErrorException", true),
    /** The function did not answer within the integration timeout. */
    INTEGRATION_TIMEOUT(504, "InternalServerErrorException", true);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final String errorType;
    private final boolean spaced;

    GatewayResponse(int status, String errorType, boolean spaced) {
        this.status = status;
        this.errorType = errorType;
        this.spaced = spaced;
    }

    public int status() {
        return status;
    }

    /** The {@code x-amzn-ErrorType} header's value, or null where API Gateway's is not known here. */
    public String errorType() {
        return errorType;
    }

    /** The body for {@code message}, JSON-escaped (a signature mismatch's message spans lines and quotes). */
    public String body(String message) {
        try {
            return "{\"message\":" + (spaced ? " " : "") + JSON.writeValueAsString(message) + "}";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A refusal of this kind with {@code message}. */
    GatewayRefusal refusal(String message) {
        return new GatewayRefusal(this, message);
    }

    /** Ends a request with a gateway response. */
    static final class GatewayRefusal extends RuntimeException {
        private final GatewayResponse response;

        GatewayRefusal(GatewayResponse response, String message) {
            super(message, null, false, false);
            this.response = response;
        }

        GatewayResponse response() {
            return response;
        }
    }
}
