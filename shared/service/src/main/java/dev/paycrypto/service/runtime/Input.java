package dev.paycrypto.service.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.paycrypto.app.errors.ValidationException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed reads of a request that has passed model validation: a required member is present and of its type, so
 * the getters here only convert. Member names are the model's.
 */
public final class Input {

    private final JsonNode node;
    private final String path;

    public Input(JsonNode node) {
        this(node, "");
    }

    private Input(JsonNode node, String path) {
        this.node = node == null ? JsonNodeFactory.instance.objectNode() : node;
        this.path = path;
    }

    public JsonNode json() {
        return node;
    }

    public boolean has(String member) {
        JsonNode value = node.get(member);
        return value != null && !value.isNull();
    }

    public String string(String member) {
        return optionalString(member).orElseThrow(() -> missing(member));
    }

    public Optional<String> optionalString(String member) {
        return has(member) ? Optional.of(node.get(member).asText()) : Optional.empty();
    }

    public boolean bool(String member, boolean defaultValue) {
        return has(member) ? node.get(member).asBoolean() : defaultValue;
    }

    public Optional<Integer> optionalInt(String member) {
        return has(member) ? Optional.of(node.get(member).asInt()) : Optional.empty();
    }

    public <E extends Enum<E>> E enumValue(String member, Class<E> type) {
        return optionalEnum(member, type).orElseThrow(() -> missing(member));
    }

    public <E extends Enum<E>> Optional<E> optionalEnum(String member, Class<E> type) {
        if (!has(member)) {
            return Optional.empty();
        }
        String value = node.get(member).asText();
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("Value at '" + path(member) + "' is not supported by this operation");
        }
    }

    public Input object(String member) {
        return optionalObject(member).orElseThrow(() -> missing(member));
    }

    public Optional<Input> optionalObject(String member) {
        return has(member) ? Optional.of(new Input(node.get(member), path(member))) : Optional.empty();
    }

    public List<Input> objects(String member) {
        List<Input> items = new ArrayList<>();
        if (has(member)) {
            int i = 0;
            for (JsonNode item : node.get(member)) {
                items.add(new Input(item, path(member) + "[" + i++ + "]"));
            }
        }
        return items;
    }

    public List<String> strings(String member) {
        List<String> items = new ArrayList<>();
        if (has(member)) {
            node.get(member).forEach(item -> items.add(item.asText()));
        }
        return items;
    }

    /** A map member of string values, in the order given. */
    public Map<String, String> stringMap(String member) {
        Map<String, String> entries = new LinkedHashMap<>();
        if (has(member)) {
            node.get(member).fields().forEachRemaining(e -> entries.put(e.getKey(), e.getValue().asText()));
        }
        return entries;
    }

    /** The member chosen in a union: its name, its value, and its path for messages (e.g. {@code KeyMaterial.X}). */
    public record Choice(String name, Input value, String field) {
    }

    /** The member chosen in the union {@code member}. */
    public Choice choice(String member) {
        Input union = object(member);
        String name = union.unionMember();
        return new Choice(name, union.object(name), member + "." + name);
    }

    /** The one member set in a union, by name. */
    public String unionMember() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (has(name)) {
                return name;
            }
        }
        throw new ValidationException("Value at '" + path + "' must have exactly one member set");
    }

    private String path(String member) {
        return path.isEmpty() ? member : path + "." + member;
    }

    private ValidationException missing(String member) {
        return new ValidationException("Value at '" + path(member) + "' failed to satisfy constraint: Member must not be null");
    }
}
