package dev.paycrypto.service.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.service.errors.SerializationException;
import dev.paycrypto.service.errors.ValidationException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Validates a request against its operation's input shape, as the real service does before any work: required
 * members, types, enums, lengths, patterns, ranges, list sizes, unions with exactly one member. Violations are
 * reported together, AWS-style, naming each member by its path — and never echoing a value, since many members
 * (PAN, PIN blocks, key material) are secret. Unknown members are ignored, as AWS does: validation removes them
 * from the request, so operations only ever see members of the model. A value of the wrong JSON
 * type is a {@code SerializationException}, as the real service answers it.
 */
public final class RequestValidator {

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private RequestValidator() {
    }

    public static void validate(Operation operation, JsonNode input) {
        if (operation.inputShape() == null) {
            return;
        }
        List<String> violations = new ArrayList<>();
        new Walk(operation.model(), violations).structure(operation.inputShape(), input, "");
        if (!violations.isEmpty()) {
            String message = violations.size() + " validation error" + (violations.size() == 1 ? "" : "s")
                    + " detected: " + String.join("; ", violations.subList(0, Math.min(violations.size(), 10)));
            throw new ValidationException(message);
        }
    }

    private record Walk(ServiceModel model, List<String> violations) {

        void value(String shapeName, JsonNode value, String path) {
            JsonNode shape = model.shape(shapeName);
            switch (shape.get("type").asText()) {
                case "structure" -> structure(shapeName, value, path);
                case "string" -> string(shape, value, path);
                case "integer", "long" -> integer(shape, value, path);
                case "boolean" -> {
                    if (!value.isBoolean()) {
                        throw typeError(path, "a boolean");
                    }
                }
                case "timestamp" -> {
                    if (!value.isNumber()) {
                        throw typeError(path, "a timestamp in epoch seconds");
                    }
                }
                case "list" -> list(shape, value, path);
                case "map" -> map(shape, value, path);
                default -> throw new IllegalStateException("Unsupported shape type in model: " + shapeName);
            }
        }

        void structure(String shapeName, JsonNode value, String path) {
            JsonNode shape = model.shape(shapeName);
            if (!value.isObject()) {
                throw typeError(path, "a structure");
            }
            JsonNode members = shape.path("members");
            // unknown members are dropped here, once, so that nothing downstream (a union's choice above all) sees them
            ((ObjectNode) value).retain(fieldNames(members));
            for (JsonNode required : shape.path("required")) {
                JsonNode member = value.get(required.asText());
                if (member == null || member.isNull()) {
                    violations.add("Value at '" + join(path, required.asText())
                            + "' failed to satisfy constraint: Member must not be null");
                }
            }
            int set = 0;
            Iterator<Map.Entry<String, JsonNode>> fields = members.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> member = fields.next();
                JsonNode memberValue = value.get(member.getKey());
                if (memberValue == null || memberValue.isNull()) {
                    continue;
                }
                set++;
                value(member.getValue().get("shape").asText(), memberValue, join(path, member.getKey()));
            }
            if (shape.path("union").asBoolean(false) && set != 1) {
                violations.add("Value at '" + (path.isEmpty() ? shapeName : path)
                        + "' failed to satisfy constraint: Union must have exactly one member set, found " + set);
            }
        }

        void string(JsonNode shape, JsonNode value, String path) {
            if (!value.isTextual()) {
                throw typeError(path, "a string");
            }
            String text = value.asText();
            if (shape.has("enum")) {
                boolean known = false;
                for (JsonNode allowed : shape.get("enum")) {
                    known |= allowed.asText().equals(text);
                }
                if (!known) {
                    List<String> allowed = new ArrayList<>();
                    shape.get("enum").forEach(e -> allowed.add(e.asText()));
                    violations.add("Value at '" + path + "' failed to satisfy constraint: Member must satisfy enum value set: "
                            + allowed);
                    return;
                }
            }
            int length = text.codePointCount(0, text.length());
            if (shape.has("min") && length < shape.get("min").asInt()) {
                violations.add("Value at '" + path + "' failed to satisfy constraint: Member must have length greater than or equal to "
                        + shape.get("min").asInt());
            } else if (shape.has("max") && length > shape.get("max").asInt()) {
                violations.add("Value at '" + path + "' failed to satisfy constraint: Member must have length less than or equal to "
                        + shape.get("max").asInt());
            } else if (shape.has("pattern") && !pattern(shape.get("pattern").asText()).matcher(text).matches()) {
                violations.add("Value at '" + path + "' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                        + shape.get("pattern").asText());
            }
        }

        void integer(JsonNode shape, JsonNode value, String path) {
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw typeError(path, "an integer");
            }
            long number = value.asLong();
            if (shape.has("min") && number < shape.get("min").asLong()) {
                violations.add("Value at '" + path + "' failed to satisfy constraint: Member must have value greater than or equal to "
                        + shape.get("min").asLong());
            } else if (shape.has("max") && number > shape.get("max").asLong()) {
                violations.add("Value at '" + path + "' failed to satisfy constraint: Member must have value less than or equal to "
                        + shape.get("max").asLong());
            }
        }

        void list(JsonNode shape, JsonNode value, String path) {
            if (!value.isArray()) {
                throw typeError(path, "a list");
            }
            sizeLimits(shape, value.size(), path);
            String member = shape.get("member").get("shape").asText();
            for (int i = 0; i < value.size(); i++) {
                if (value.get(i).isNull()) {
                    violations.add("Value at '" + path + "[" + i + "]' failed to satisfy constraint: Member must not be null");
                } else {
                    value(member, value.get(i), path + "[" + i + "]");
                }
            }
        }

        void map(JsonNode shape, JsonNode value, String path) {
            if (!value.isObject()) {
                throw typeError(path, "a map");
            }
            sizeLimits(shape, value.size(), path);
            String keyShape = shape.get("key").get("shape").asText();
            String valueShape = shape.get("value").get("shape").asText();
            value.fields().forEachRemaining(entry -> {
                value(keyShape, com.fasterxml.jackson.databind.node.TextNode.valueOf(entry.getKey()), path + ".key");
                value(valueShape, entry.getValue(), path + "." + entry.getKey());
            });
        }

        private void sizeLimits(JsonNode shape, int size, String path) {
            if (shape.has("min") && size < shape.get("min").asInt()) {
                violations.add("Value at '" + path + "' failed to satisfy constraint: Member must have at least "
                        + shape.get("min").asInt() + " items");
            } else if (shape.has("max") && size > shape.get("max").asInt()) {
                violations.add("Value at '" + path + "' failed to satisfy constraint: Member must have at most "
                        + shape.get("max").asInt() + " items");
            }
        }

        private static List<String> fieldNames(JsonNode members) {
            List<String> names = new ArrayList<>();
            members.fieldNames().forEachRemaining(names::add);
            return names;
        }

        private static String join(String path, String member) {
            return path.isEmpty() ? member : path + "." + member;
        }

        private static SerializationException typeError(String path, String expected) {
            return new SerializationException("Value at '" + (path.isEmpty() ? "body" : path) + "' must be " + expected);
        }
    }

    /** Model patterns are matched in full, as AWS anchors them. */
    private static Pattern pattern(String regex) {
        return PATTERNS.computeIfAbsent(regex, r -> Pattern.compile(r, Pattern.DOTALL));
    }
}
