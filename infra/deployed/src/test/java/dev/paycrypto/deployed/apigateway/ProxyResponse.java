package dev.paycrypto.deployed.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A Lambda proxy integration's answer, read as API Gateway reads it: a JSON object of {@code statusCode},
 * {@code headers}, {@code multiValueHeaders}, {@code body} (a string) and {@code isBase64Encoded}, nothing else.
 * Anything else is a "Malformed Lambda proxy response", which API Gateway answers with a 502. A base64 body is
 * turned back into bytes only for a binary media type of the API; otherwise it goes out as the text it is.
 */
record ProxyResponse(int statusCode, Map<String, List<String>> headers, String body, boolean base64Encoded) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("statusCode", "headers", "multiValueHeaders", "body",
            "isBase64Encoded");

    /** The response, or empty when it is malformed. */
    static Optional<ProxyResponse> parse(String json) {
        JsonNode root;
        try {
            root = json == null ? null : JSON.readTree(json);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        for (var names = root.fieldNames(); names.hasNext(); ) {
            if (!FIELDS.contains(names.next())) {
                return Optional.empty();
            }
        }
        JsonNode status = root.path("statusCode");
        int statusCode;
        if (status.isInt()) {
            statusCode = status.intValue();
        } else if (status.isTextual() && status.asText().matches("[0-9]{3}")) {
            statusCode = Integer.parseInt(status.asText());
        } else {
            return Optional.empty();
        }
        if (statusCode < 100 || statusCode > 599) {
            return Optional.empty();
        }
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        JsonNode single = root.path("headers");
        JsonNode multi = root.path("multiValueHeaders");
        if (!nullOrObject(single) || !nullOrObject(multi)) {
            return Optional.empty();
        }
        Map<String, List<String>> merged = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> header : single.properties()) {
            if (!header.getValue().isValueNode()) {
                return Optional.empty();
            }
            merged.computeIfAbsent(header.getKey(), k -> new java.util.ArrayList<>()).add(header.getValue().asText());
        }
        for (Map.Entry<String, JsonNode> header : multi.properties()) {
            if (!header.getValue().isArray() && !header.getValue().isNull()) {
                return Optional.empty();
            }
            for (JsonNode value : header.getValue()) {
                if (!value.isValueNode()) {
                    return Optional.empty();
                }
                merged.computeIfAbsent(header.getKey(), k -> new java.util.ArrayList<>()).add(value.asText());
            }
        }
        merged.forEach((name, values) -> headers.merge(name, values, (a, b) -> {
            List<String> all = new java.util.ArrayList<>(a);
            all.addAll(b);
            return all;
        }));
        JsonNode body = root.path("body");
        if (!body.isMissingNode() && !body.isNull() && !body.isTextual()) {
            return Optional.empty();
        }
        JsonNode base64 = root.path("isBase64Encoded");
        if (!base64.isMissingNode() && !base64.isNull() && !base64.isBoolean()) {
            return Optional.empty();
        }
        if (base64.asBoolean(false) && body.isTextual()) {
            try {
                Base64.getDecoder().decode(body.asText());
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new ProxyResponse(statusCode, headers, body.isTextual() ? body.asText() : "",
                base64.asBoolean(false)));
    }

    private static boolean nullOrObject(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.isObject();
    }
}
