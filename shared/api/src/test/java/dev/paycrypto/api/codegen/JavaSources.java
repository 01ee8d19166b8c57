package dev.paycrypto.api.codegen;

import dev.paycrypto.api.codegen.ModelShapes.JavaType;
import dev.paycrypto.api.codegen.ModelShapes.UnionMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the Java sources of one model: a record per structure, a sealed interface per union, an enum per enum
 * shape the key model does not have, and the plane's list of operations. The output depends on the model alone
 * (no dates, no ordering of hash maps), so that {@code GeneratedSourcesTest} can compare it with the checked-in
 * sources character for character.
 */
final class JavaSources {

    static final String REGENERATE = "mvn -B -o test -pl shared/api -Dapi.regenerate=true";

    private final ModelShapes model;

    private JavaSources(ModelShapes model) {
        this.model = model;
    }

    /** Path under {@code src/main/java} to source text, for every source of {@code plane}. */
    static SortedMap<String, String> generate(Plane plane) {
        ModelShapes model = ModelShapes.read(plane);
        JavaSources sources = new JavaSources(model);
        SortedMap<String, String> files = new TreeMap<>();
        for (String shape : model.reachable) {
            if (!model.isGenerated(shape)) {
                continue;
            }
            String text;
            if (model.isEnum(shape)) {
                text = sources.enumeration(shape);
            } else if (model.isUnion(shape)) {
                text = new UnionSource(model, shape).text();
            } else {
                text = new RecordSource(model, shape).text();
            }
            files.put(plane.directory() + "/" + JavaNames.type(shape) + ".java", text);
        }
        files.put(plane.directory() + "/" + plane.operationsClass + ".java", sources.operations());
        return files;
    }

    /** The header, package and imports every generated source starts with. */
    static String preamble(ModelShapes model, Set<String> imports) {
        StringBuilder out = new StringBuilder()
                .append("// GENERATED from ").append(model.plane.modelFile)
                .append(" by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.\n")
                .append("// To regenerate: ").append(REGENERATE).append("\n")
                .append("package ").append(model.plane.javaPackage).append(";\n\n");
        for (String name : new TreeSet<>(imports)) {
            out.append("import ").append(name).append(";\n");
        }
        return imports.isEmpty() ? out.toString() : out.append("\n").toString();
    }

    /** Tokens joined by spaces, broken before a token that would pass column 120. */
    static String wrap(String indent, String continuation, List<String> tokens) {
        StringBuilder out = new StringBuilder(indent);
        int lineStart = 0;
        boolean first = true;
        for (String token : tokens) {
            if (!first && out.length() - lineStart + 1 + token.length() > 120) {
                out.append("\n");
                lineStart = out.length();
                out.append(continuation);
            } else if (!first) {
                out.append(" ");
            }
            out.append(token);
            first = false;
        }
        return out.toString();
    }

    private String enumeration(String shape) {
        StringBuilder out = new StringBuilder(preamble(model, Set.of()))
                .append("/**\n * {@code ").append(shape).append("}, an enum of the ").append(model.plane.label)
                .append(" model: its constants are exactly the\n")
                .append(" * model's values, and are written as they are named.\n */\n")
                .append("public enum ").append(JavaNames.type(shape)).append(" {\n");
        List<String> values = model.enumValues(shape);
        for (int i = 0; i < values.size(); i++) {
            out.append("    ").append(JavaNames.enumConstant(values.get(i)))
                    .append(i == values.size() - 1 ? "\n" : ",\n");
        }
        return out.append("}\n").toString();
    }

    private String operations() {
        Plane plane = model.plane;
        List<String> constants = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> operation : model.operations.entrySet()) {
            String input = operation.getValue().get("input").get("shape").asText();
            String output = operation.getValue().get("output").get("shape").asText();
            String constant = JavaNames.constant(operation.getKey());
            constants.add(constant);
            body.append(wrap("    ", "            ", List.of("public", "static", "final",
                            "ApiOperation<" + input + ",", output + ">", constant + " =")))
                    .append("\n")
                    .append(wrap("            ", "                    ", List.of("new",
                            "ApiOperation<>(\"" + operation.getKey() + "\",", input + ".class,", output + ".class);")))
                    .append("\n\n");
        }
        List<String> all = new ArrayList<>();
        for (int i = 0; i < constants.size(); i++) {
            all.add(constants.get(i) + (i == constants.size() - 1 ? ");" : ","));
        }
        return preamble(model, Set.of("dev.paycrypto.api.ApiOperation", "java.util.Map"))
                + "/**\n * The operations of the " + plane.label + " model, in model order, each with the record its"
                + " request binds into and\n * the record its response is written from.\n */\n"
                + "public final class " + plane.operationsClass + " {\n\n" + body
                + "    /** Every operation by name, in model order. */\n"
                + "    public static final Map<String, ApiOperation<?, ?>> ALL = ApiOperation.byName(\n"
                + wrap("            ", "            ", all) + "\n\n"
                + "    private " + plane.operationsClass + "() {\n    }\n}\n";
    }

    /** The annotations and declaration of one record component standing for {@code member}. */
    static List<String> component(ModelShapes model, String member, String target) {
        List<String> tokens = new ArrayList<>();
        tokens.add("@JsonProperty(\"" + member + "\")");
        if (model.type(target).equals("timestamp")) {
            tokens.add("@EpochSeconds");
        } else if (model.isUnion(target)) {
            tokens.add("@JsonSerialize(using = UnionWriter.class)");
            tokens.add("@JsonDeserialize(using = " + target + ".Reader.class)");
        }
        tokens.add(model.javaType(target).reference() + " " + JavaNames.component(member));
        return tokens;
    }

    /** The imports {@link #component} needs. */
    static Set<String> componentImports(ModelShapes model, String target) {
        Set<String> imports = new TreeSet<>(Set.of("com.fasterxml.jackson.annotation.JsonProperty"));
        JavaType type = model.javaType(target);
        imports.addAll(type.imports());
        if (model.type(target).equals("timestamp")) {
            imports.add("dev.paycrypto.api.json.EpochSeconds");
        } else if (model.isUnion(target)) {
            imports.add("com.fasterxml.jackson.databind.annotation.JsonSerialize");
            imports.add("com.fasterxml.jackson.databind.annotation.JsonDeserialize");
            imports.add("dev.paycrypto.api.json.UnionWriter");
        }
        return imports;
    }

    /** A {@code toString()} that masks sensitive members, or nothing if none is. */
    static String toStringMethod(ModelShapes model, String indent, String name, Map<String, String> members) {
        if (members.values().stream().noneMatch(model::isSensitive)) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> member : members.entrySet()) {
            String component = JavaNames.component(member.getKey());
            parts.add(component + "=\" + " + (model.isSensitive(member.getValue())
                    ? "Sensitive.mask(" + component + ")" : component));
        }
        String body = "\"" + name + "[" + String.join(" + \", ", parts) + " + \"]\"";
        List<String> tokens = new ArrayList<>(List.of("return"));
        tokens.addAll(List.of((body + ";").split(" (?=\\+)")));
        return "\n" + indent + "@Override\n" + indent + "public String toString() {\n"
                + wrap(indent + "    ", indent + "            ", tokens) + "\n" + indent + "}\n";
    }

    /** The union's members that its records implement directly, for a record's {@code implements}. */
    static List<UnionMember> directMembers(ModelShapes model, String union) {
        return model.unionMembers(union).stream().filter(UnionMember::direct).toList();
    }
}
