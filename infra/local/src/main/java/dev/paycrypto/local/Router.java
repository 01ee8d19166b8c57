package dev.paycrypto.local;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the function for a request, as API Gateway would for the template's routes, plus the control-plane form
 * the SDKs send: {@code POST /} with {@code X-Amz-Target: PaymentCryptographyControlPlane.<Operation>}, routed
 * to the function of {@code POST /controlplane/<Operation>}.
 */
public final class Router {

    public static final String CONTROL_PLANE_TARGET_PREFIX = "PaymentCryptographyControlPlane.";
    public static final String CONTROL_PLANE_PATH_PREFIX = "/controlplane/";

    /** A routed request: the function, the template path (the event's resource) and decoded path parameters. */
    public record Match(FunctionDefinition function, String resource, Map<String, String> pathParameters) {
    }

    private record Entry(FunctionDefinition function, String method, String path, String[] segments) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public Router(List<FunctionDefinition> functions) {
        for (FunctionDefinition function : functions) {
            for (FunctionDefinition.Route route : function.routes()) {
                entries.add(new Entry(function, route.method(), route.path(), segments(route.path())));
            }
        }
    }

    public Optional<Match> route(String method, String rawPath, String target) {
        if (target != null && ("/".equals(rawPath) || rawPath.isEmpty())) {
            if (!target.startsWith(CONTROL_PLANE_TARGET_PREFIX)) {
                return Optional.empty();
            }
            return route(method, CONTROL_PLANE_PATH_PREFIX + target.substring(CONTROL_PLANE_TARGET_PREFIX.length()),
                    null);
        }
        String[] actual = segments(rawPath);
        for (Entry entry : entries) {
            if (!entry.method.equalsIgnoreCase(method) || entry.segments.length != actual.length) {
                continue;
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            boolean matches = true;
            for (int i = 0; i < actual.length && matches; i++) {
                String template = entry.segments[i];
                if (template.startsWith("{") && template.endsWith("}")) {
                    parameters.put(template.substring(1, template.length() - 1),
                            URLDecoder.decode(actual[i].replace("+", "%2B"), StandardCharsets.UTF_8));
                } else {
                    matches = template.equals(actual[i]);
                }
            }
            if (matches) {
                return Optional.of(new Match(entry.function, entry.path, parameters));
            }
        }
        return Optional.empty();
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }
}
