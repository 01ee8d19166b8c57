package dev.paycrypto.service.protocol;

import dev.paycrypto.app.json.JsonCodec;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One of the two AWS service models, vendored without documentation (see {@code infra/tools/vendor_models.py}):
 * its operations, shapes and constraints. Loaded once per process.
 */
public final class ServiceModel {

    private static final String RESOURCES = "/dev/paycrypto/api/models/";

    private static final class Control {
        static final ServiceModel INSTANCE = load("payment-cryptography.json", Protocol.AWS_JSON_1_0);
    }

    private static final class Data {
        static final ServiceModel INSTANCE = load("payment-cryptography-data.json", Protocol.REST_JSON_1);
    }

    /** A request path matched to an operation, with its decoded path labels. */
    public record RouteMatch(Operation operation, Map<String, String> labels) {
    }

    private final Protocol protocol;
    private final JsonNode shapes;
    private final Map<String, Operation> operations;

    private ServiceModel(Protocol protocol, JsonNode root) {
        this.protocol = protocol;
        this.shapes = root.get("shapes");
        Map<String, Operation> ops = new LinkedHashMap<>();
        root.get("operations").properties().forEach(entry -> {
            JsonNode op = entry.getValue();
            List<String> errors = new ArrayList<>();
            op.path("errors").forEach(e -> errors.add(e.get("shape").asText()));
            ops.put(entry.getKey(), new Operation(entry.getKey(), op.path("http").path("method").asText("POST"),
                    op.path("http").path("requestUri").asText("/"), op.path("input").path("shape").asText(null),
                    op.path("output").path("shape").asText(null), errors, this));
        });
        this.operations = Collections.unmodifiableMap(ops);
    }

    public static ServiceModel controlPlane() {
        return Control.INSTANCE;
    }

    public static ServiceModel dataPlane() {
        return Data.INSTANCE;
    }

    public Protocol protocol() {
        return protocol;
    }

    public Map<String, Operation> operations() {
        return operations;
    }

    public Optional<Operation> find(String name) {
        return Optional.ofNullable(operations.get(name));
    }

    public Operation operation(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("No operation " + name + " in the model"));
    }

    /** The shape definition of {@code name}. */
    public JsonNode shape(String name) {
        JsonNode shape = shapes.get(name);
        if (shape == null) {
            throw new IllegalArgumentException("No shape " + name + " in the model");
        }
        return shape;
    }

    /** The data-plane operation whose request URI template matches a raw (percent-encoded) request path. */
    public Optional<RouteMatch> matchRoute(String httpMethod, String rawPath) {
        String[] actual = split(rawPath);
        for (Operation operation : operations.values()) {
            if (!operation.httpMethod().equalsIgnoreCase(httpMethod)) {
                continue;
            }
            String[] template = split(operation.requestUri());
            if (template.length != actual.length) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            boolean matches = true;
            for (int i = 0; i < template.length && matches; i++) {
                if (template[i].startsWith("{") && template[i].endsWith("}")) {
                    labels.put(template[i].substring(1, template[i].length() - 1),
                            URLDecoder.decode(actual[i].replace("+", "%2B"), StandardCharsets.UTF_8));
                } else {
                    matches = template[i].equals(actual[i]);
                }
            }
            if (matches) {
                return Optional.of(new RouteMatch(operation, labels));
            }
        }
        return Optional.empty();
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        int query = trimmed.indexOf('?');
        if (query >= 0) {
            trimmed = trimmed.substring(0, query);
        }
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    private static ServiceModel load(String file, Protocol protocol) {
        try (InputStream in = ServiceModel.class.getResourceAsStream(RESOURCES + file)) {
            if (in == null) {
                throw new IllegalStateException("Model " + file + " is missing from the classpath");
            }
            return new ServiceModel(protocol, JsonCodec.mapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
