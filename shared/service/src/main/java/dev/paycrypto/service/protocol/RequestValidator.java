package dev.paycrypto.service.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.paycrypto.app.errors.SerializationException;
import dev.paycrypto.app.errors.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Validates a request against its operation's input shape, as the real service does before any work: required
 * members, types, enums, lengths, patterns, ranges, list sizes, unions with exactly one member. Violations are
 * reported together, AWS-style, naming each member by its path — and never echoing a value, since many members
 * (PAN, PIN blocks, key material) are secret. Unknown members are ignored, as AWS does: validation removes them
 * from the request, so operations only ever see members of the model. A value of the wrong JSON
 * type is a {@code SerializationException}, as the real service answers it.
 *
 * <p>Each shape of the model is read once into a {@link Rule} (its members, constraints and compiled pattern), so
 * that a request is checked against prepared rules rather than the model's JSON, and a member's path is spelled
 * out only when it is reported.
 */
public final class RequestValidator {

    private static final Map<ServiceModel, Map<String, Rule>> RULES = new ConcurrentHashMap<>();

    private RequestValidator() {
    }

    public static void validate(Operation operation, JsonNode input) {
        if (operation.inputShape() == null) {
            return;
        }
        Map<String, Rule> rules = RULES.computeIfAbsent(operation.model(), model -> new ConcurrentHashMap<>());
        List<String> violations = new ArrayList<>(0);
        new Walk(operation.model(), rules, violations).check(operation.inputShape(), input, Location.ROOT);
        if (!violations.isEmpty()) {
            String message = violations.size() + " validation error" + (violations.size() == 1 ? "" : "s")
                    + " detected: " + String.join("; ", violations.subList(0, Math.min(violations.size(), 10)));
            throw new ValidationException(message);
        }
    }

    /** Where a value sits in the request, spelled out only when a violation names it. */
    private record Location(Location parent, String member, int index) {
        static final Location ROOT = new Location(null, null, -1);

        Location member(String name) {
            return new Location(this, name, -1);
        }

        Location element(int i) {
            return new Location(this, null, i);
        }

        boolean isRoot() {
            return parent == null;
        }

        @Override
        public String toString() {
            if (isRoot()) {
                return "";
            }
            String above = parent.toString();
            if (member == null) {
                return above + "[" + index + "]";
            }
            return above.isEmpty() ? member : above + "." + member;
        }
    }

    private enum Type { STRUCTURE, STRING, INTEGER, BOOLEAN, TIMESTAMP, LIST, MAP }

    /** One shape of the model, as the checks need it. */
    private record Rule(String name, Type type, String[] memberNames, String[] memberShapes, Set<String> memberSet,
                        String[] required, boolean union, Set<String> enumValues, List<String> enumList,
                        Long min, Long max, Pattern pattern, String patternText, String elementShape,
                        String keyShape, String valueShape) {

        static Rule of(String name, JsonNode shape) {
            Type type = switch (shape.get("type").asText()) {
                case "structure" -> Type.STRUCTURE;
                case "string" -> Type.STRING;
                case "integer", "long" -> Type.INTEGER;
                case "boolean" -> Type.BOOLEAN;
                case "timestamp" -> Type.TIMESTAMP;
                case "list" -> Type.LIST;
                case "map" -> Type.MAP;
                default -> throw new IllegalStateException("Unsupported shape type in model: " + name);
            };
            List<String> names = new ArrayList<>();
            List<String> shapes = new ArrayList<>();
            shape.path("members").properties().forEach(member -> {
                names.add(member.getKey());
                shapes.add(member.getValue().get("shape").asText());
            });
            List<String> required = new ArrayList<>();
            shape.path("required").forEach(member -> required.add(member.asText()));
            List<String> enums = new ArrayList<>();
            shape.path("enum").forEach(value -> enums.add(value.asText()));
            String patternText = shape.has("pattern") ? shape.get("pattern").asText() : null;
            return new Rule(name, type, names.toArray(String[]::new), shapes.toArray(String[]::new),
                    Set.copyOf(names), required.toArray(String[]::new), shape.path("union").asBoolean(false),
                    shape.has("enum") ? new LinkedHashSet<>(enums) : null, List.copyOf(enums),
                    shape.has("min") ? shape.get("min").asLong() : null,
                    shape.has("max") ? shape.get("max").asLong() : null,
                    // model patterns are matched in full, as AWS anchors them
                    patternText == null ? null : Pattern.compile(patternText, Pattern.DOTALL), patternText,
                    shape.path("member").path("shape").asText(null), shape.path("key").path("shape").asText(null),
                    shape.path("value").path("shape").asText(null));
        }
    }

    private record Walk(ServiceModel model, Map<String, Rule> rules, List<String> violations) {

        Rule rule(String shapeName) {
            Rule rule = rules.get(shapeName);
            if (rule == null) {
                rule = rules.computeIfAbsent(shapeName, name -> Rule.of(name, model.shape(name)));
            }
            return rule;
        }

        void check(String shapeName, JsonNode value, Location at) {
            Rule rule = rule(shapeName);
            switch (rule.type()) {
                case STRUCTURE -> structure(rule, value, at);
                case STRING -> string(rule, value, at);
                case INTEGER -> integer(rule, value, at);
                case BOOLEAN -> {
                    if (!value.isBoolean()) {
                        throw typeError(at, "a boolean");
                    }
                }
                case TIMESTAMP -> {
                    if (!value.isNumber()) {
                        throw typeError(at, "a timestamp in epoch seconds");
                    }
                }
                case LIST -> list(rule, value, at);
                case MAP -> map(rule, value, at);
            }
        }

        void structure(Rule rule, JsonNode value, Location at) {
            if (!value.isObject()) {
                throw typeError(at, "a structure");
            }
            // unknown members are dropped here, once, so that nothing downstream (a union's choice above all) sees them
            if (value.size() > 0) {
                ((ObjectNode) value).properties().removeIf(member -> !rule.memberSet().contains(member.getKey()));
            }
            for (String required : rule.required()) {
                JsonNode member = value.get(required);
                if (member == null || member.isNull()) {
                    violations.add("Value at '" + at.member(required)
                            + "' failed to satisfy constraint: Member must not be null");
                }
            }
            int set = 0;
            String[] names = rule.memberNames();
            for (int i = 0; i < names.length; i++) {
                JsonNode memberValue = value.get(names[i]);
                if (memberValue == null || memberValue.isNull()) {
                    continue;
                }
                set++;
                check(rule.memberShapes()[i], memberValue, at.member(names[i]));
            }
            if (rule.union() && set != 1) {
                violations.add("Value at '" + (at.isRoot() ? rule.name() : at.toString())
                        + "' failed to satisfy constraint: Union must have exactly one member set, found " + set);
            }
        }

        void string(Rule rule, JsonNode value, Location at) {
            if (!value.isTextual()) {
                throw typeError(at, "a string");
            }
            String text = value.asText();
            if (rule.enumValues() != null && !rule.enumValues().contains(text)) {
                violations.add("Value at '" + at + "' failed to satisfy constraint: Member must satisfy enum value set: "
                        + rule.enumList());
                return;
            }
            int length = rule.min() == null && rule.max() == null ? 0 : text.codePointCount(0, text.length());
            if (rule.min() != null && length < rule.min()) {
                violations.add("Value at '" + at + "' failed to satisfy constraint: Member must have length greater than or equal to "
                        + rule.min());
            } else if (rule.max() != null && length > rule.max()) {
                violations.add("Value at '" + at + "' failed to satisfy constraint: Member must have length less than or equal to "
                        + rule.max());
            } else if (rule.pattern() != null && !rule.pattern().matcher(text).matches()) {
                violations.add("Value at '" + at + "' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                        + rule.patternText());
            }
        }

        void integer(Rule rule, JsonNode value, Location at) {
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw typeError(at, "an integer");
            }
            long number = value.asLong();
            if (rule.min() != null && number < rule.min()) {
                violations.add("Value at '" + at + "' failed to satisfy constraint: Member must have value greater than or equal to "
                        + rule.min());
            } else if (rule.max() != null && number > rule.max()) {
                violations.add("Value at '" + at + "' failed to satisfy constraint: Member must have value less than or equal to "
                        + rule.max());
            }
        }

        void list(Rule rule, JsonNode value, Location at) {
            if (!value.isArray()) {
                throw typeError(at, "a list");
            }
            sizeLimits(rule, value.size(), at);
            for (int i = 0; i < value.size(); i++) {
                if (value.get(i).isNull()) {
                    violations.add("Value at '" + at.element(i) + "' failed to satisfy constraint: Member must not be null");
                } else {
                    check(rule.elementShape(), value.get(i), at.element(i));
                }
            }
        }

        void map(Rule rule, JsonNode value, Location at) {
            if (!value.isObject()) {
                throw typeError(at, "a map");
            }
            sizeLimits(rule, value.size(), at);
            value.properties().forEach(entry -> {
                check(rule.keyShape(), TextNode.valueOf(entry.getKey()), at.member("key"));
                check(rule.valueShape(), entry.getValue(), at.member(entry.getKey()));
            });
        }

        private void sizeLimits(Rule rule, int size, Location at) {
            if (rule.min() != null && size < rule.min()) {
                violations.add("Value at '" + at + "' failed to satisfy constraint: Member must have at least "
                        + rule.min() + " items");
            } else if (rule.max() != null && size > rule.max()) {
                violations.add("Value at '" + at + "' failed to satisfy constraint: Member must have at most "
                        + rule.max() + " items");
            }
        }

        private static SerializationException typeError(Location at, String expected) {
            return new SerializationException("Value at '" + (at.isRoot() ? "body" : at.toString()) + "' must be "
                    + expected);
        }
    }
}
