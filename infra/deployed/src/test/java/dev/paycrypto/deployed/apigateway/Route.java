package dev.paycrypto.deployed.apigateway;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One method of the REST API: an HTTP method on a resource path such as {@code /keys/{KeyIdentifier}/encrypt}, the
 * function its Lambda proxy integration invokes, and whether it requires IAM (SigV4) authorisation.
 * {@code resourceId} is the id API Gateway would give the resource (a stable stand-in here).
 */
public record Route(String httpMethod, String resourcePath, String functionLogicalId, String resourceId,
                    boolean iamAuthorized) {

    /** {@code ANY} in the OpenAPI extension {@code x-amazon-apigateway-any-method}: every HTTP method. */
    public static final String ANY = "ANY";

    /**
     * The path parameters if {@code method} and the stage-less raw path (split on '/', each segment still
     * percent-encoded) select this route. A {@code {name}} segment binds one non-empty segment, decoded; a
     * {@code {name+}} last segment binds the rest of the path.
     */
    Optional<Map<String, String>> match(String method, List<String> rawSegments) {
        if (!httpMethod.equals(ANY) && !httpMethod.equals(method)) {
            return Optional.empty();
        }
        List<String> template = segments(resourcePath);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String part = template.get(i);
            boolean variable = part.startsWith("{") && part.endsWith("}");
            if (variable && part.endsWith("+}") && i == template.size() - 1) {
                if (rawSegments.size() <= i) {
                    return Optional.empty();
                }
                List<String> rest = rawSegments.subList(i, rawSegments.size());
                if (rest.stream().anyMatch(String::isEmpty)) {
                    return Optional.empty();
                }
                parameters.put(part.substring(1, part.length() - 2),
                        String.join("/", rest.stream().map(Route::percentDecode).toList()));
                return Optional.of(parameters);
            }
            if (i >= rawSegments.size() || rawSegments.get(i).isEmpty()) {
                return Optional.empty();
            }
            String segment = percentDecode(rawSegments.get(i));
            if (variable) {
                parameters.put(part.substring(1, part.length() - 1), segment);
            } else if (!part.equals(segment)) {
                return Optional.empty();
            }
        }
        return template.size() == rawSegments.size() ? Optional.of(parameters) : Optional.empty();
    }

    /** {@code /a/b} as [a, b]; the root {@code /} as []. */
    static List<String> segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/", -1));
    }

    /** RFC 3986 percent-decoding of a path segment ('+' stays '+'); a malformed escape is kept as it is. */
    static String percentDecode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%' && i + 2 < segment.length()
                    && Character.digit(segment.charAt(i + 1), 16) >= 0
                    && Character.digit(segment.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(segment.charAt(i + 1), 16) * 16 + Character.digit(segment.charAt(i + 2), 16));
                i += 2;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < segment.length() ? i + 2 : i + 1;
                bytes.writeBytes(segment.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return httpMethod + " " + resourcePath + " -> " + functionLogicalId;
    }
}
