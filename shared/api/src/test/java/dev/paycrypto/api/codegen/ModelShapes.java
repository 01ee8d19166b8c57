package dev.paycrypto.api.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One vendored model as the generator reads it: its operations in model order, the shapes reachable from their
 * input and output shapes (error shapes are left out), and for each shape the Java type that stands for it.
 * Anything the generator cannot represent faithfully (a shape type it does not know, a name Java would not take)
 * fails here, loudly, rather than being generated wrong.
 */
final class ModelShapes {

    /** A member of a union: direct if its target structure's record implements the union itself. */
    record UnionMember(String name, String target, boolean direct) {
    }

    /** A Java type as a record component declares it, and what it must import. */
    record JavaType(String reference, Set<String> imports) {
    }

    final Plane plane;
    final Map<String, JsonNode> operations = new LinkedHashMap<>();
    final Set<String> reachable = new TreeSet<>();
    private final JsonNode shapes;
    private final Map<String, List<UnionMember>> unionMembers = new TreeMap<>();
    private final Map<String, SortedMap<String, String>> implemented = new TreeMap<>();

    private ModelShapes(Plane plane, JsonNode model) {
        this.plane = plane;
        this.shapes = model.get("shapes");
        model.get("operations").properties().forEach(op -> operations.put(op.getKey(), op.getValue()));
        operations.values().forEach(op -> {
            visit(op.path("input").path("shape").asText());
            visit(op.path("output").path("shape").asText());
        });
        resolveUnions();
    }

    static ModelShapes read(Plane plane) {
        try (InputStream in = ModelShapes.class.getResourceAsStream(Plane.MODELS + plane.modelFile)) {
            if (in == null) {
                throw new IllegalStateException("Model not on the class path: " + plane.modelFile);
            }
            return new ModelShapes(plane, new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void visit(String name) {
        if (name.isEmpty() || !reachable.add(name)) {
            return;
        }
        JsonNode shape = shape(name);
        shape.path("members").forEach(member -> visit(member.get("shape").asText()));
        for (String part : List.of("member", "key", "value")) {
            if (shape.has(part)) {
                visit(shape.get(part).get("shape").asText());
            }
        }
    }

    /** Decides, for each union member whose target is a structure, whether that structure can implement it. */
    private void resolveUnions() {
        Map<String, List<String[]>> uses = new TreeMap<>();
        for (String union : reachable) {
            if (isUnion(union)) {
                members(union).forEach((member, target) -> uses.computeIfAbsent(target, t -> new ArrayList<>())
                        .add(new String[] {union, member}));
            }
        }
        for (String union : reachable) {
            if (!isUnion(union)) {
                continue;
            }
            List<UnionMember> list = new ArrayList<>();
            members(union).forEach((member, target) -> {
                if (isUnion(target)) {
                    // would need a reader on the wrapper's value; no model has one
                    throw new IllegalStateException("A union as a member of a union: " + union + "." + member);
                }
                boolean direct = type(target).equals("structure") && !isUnion(target) && unambiguous(uses.get(target));
                list.add(new UnionMember(member, target, direct));
                if (direct) {
                    implemented.computeIfAbsent(target, t -> new TreeMap<>()).put(union, member);
                }
            });
            unionMembers.put(union, Collections.unmodifiableList(list));
        }
    }

    /** One member name throughout, and no union naming the structure twice. */
    private static boolean unambiguous(List<String[]> uses) {
        Set<String> names = new TreeSet<>();
        Set<String> unions = new TreeSet<>();
        for (String[] use : uses) {
            names.add(use[1]);
            if (!unions.add(use[0])) {
                return false;
            }
        }
        return names.size() == 1;
    }

    JsonNode shape(String name) {
        JsonNode shape = shapes.get(name);
        if (shape == null) {
            throw new IllegalStateException(plane.modelFile + " has no shape " + name);
        }
        return shape;
    }

    String type(String name) {
        return shape(name).get("type").asText();
    }

    boolean isUnion(String name) {
        return shape(name).path("union").asBoolean(false);
    }

    boolean isEnum(String name) {
        return type(name).equals("string") && shape(name).has("enum");
    }

    boolean isReusedEnum(String name) {
        return isEnum(name) && ReusedEnums.BY_SHAPE.containsKey(name);
    }

    /** A shape that gets a Java source of its own: a structure, a union, or an enum the key model does not have. */
    boolean isGenerated(String name) {
        return type(name).equals("structure") || isEnum(name) && !isReusedEnum(name);
    }

    List<String> enumValues(String name) {
        List<String> values = new ArrayList<>();
        shape(name).get("enum").forEach(value -> values.add(value.asText()));
        return values;
    }

    /** Member name to target shape, in the model's order: the order AWS writes members in. */
    Map<String, String> members(String structure) {
        Map<String, String> members = new LinkedHashMap<>();
        shape(structure).path("members").properties()
                .forEach(member -> members.put(member.getKey(), member.getValue().get("shape").asText()));
        return members;
    }

    Set<String> required(String structure) {
        Set<String> required = new LinkedHashSet<>();
        shape(structure).path("required").forEach(member -> required.add(member.asText()));
        return required;
    }

    List<UnionMember> unionMembers(String union) {
        return unionMembers.get(union);
    }

    /** The unions a structure's record implements, each with the member name it stands for. */
    SortedMap<String, String> unionsImplementedBy(String structure) {
        return implemented.getOrDefault(structure, Collections.emptySortedMap());
    }

    /** Sensitive in the model, or a list or map of something sensitive: shown masked by {@code toString()}. */
    boolean isSensitive(String name) {
        JsonNode shape = shape(name);
        if (shape.path("sensitive").asBoolean(false)) {
            return true;
        }
        for (String part : List.of("member", "key", "value")) {
            if (shape.has(part) && isSensitive(shape.get(part).get("shape").asText())) {
                return true;
            }
        }
        return false;
    }

    JavaType javaType(String name) {
        return switch (type(name)) {
            case "structure" -> new JavaType(name, Set.of());
            case "string" -> isReusedEnum(name)
                    ? new JavaType(ReusedEnums.referenceOf(ReusedEnums.BY_SHAPE.get(name)),
                            Set.of(ReusedEnums.importOf(ReusedEnums.BY_SHAPE.get(name))))
                    : new JavaType(isEnum(name) ? name : "String", Set.of());
            case "integer" -> new JavaType("Integer", Set.of());
            case "long" -> new JavaType("Long", Set.of());
            case "boolean" -> new JavaType("Boolean", Set.of());
            case "timestamp" -> new JavaType("Instant", Set.of("java.time.Instant"));
            case "list" -> container("List", elementOf(name, "member"));
            case "map" -> container("Map", elementOf(name, "key"), elementOf(name, "value"));
            default -> throw new IllegalStateException("Shape type not supported: " + name + " " + type(name));
        };
    }

    private String elementOf(String container, String part) {
        String element = shape(container).get(part).get("shape").asText();
        if (isUnion(element) || type(element).equals("timestamp")) {
            // would need content (de)serialisers on the component; no model has one yet
            throw new IllegalStateException("A union or timestamp inside a list or map is not supported: " + container);
        }
        return element;
    }

    private JavaType container(String kind, String... elements) {
        Set<String> imports = new TreeSet<>(Set.of("java.util." + kind));
        List<String> references = new ArrayList<>();
        for (String element : elements) {
            JavaType type = javaType(element);
            imports.addAll(type.imports());
            references.add(type.reference());
        }
        return new JavaType(kind + "<" + String.join(", ", references) + ">", imports);
    }
}
