package dev.paycrypto.api.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * The record of one structure: its members as components, in the model's order, named by their wire names;
 * members left out of JSON when null; unknown members ignored on read; required members checked, lists and maps
 * copied (unmodifiable, order kept) in the compact constructor; sensitive members masked by {@code toString()}.
 */
final class RecordSource {

    private final ModelShapes model;
    private final String shape;
    private final Map<String, String> members;
    private final Set<String> imports = new TreeSet<>(Set.of(
            "com.fasterxml.jackson.annotation.JsonIgnoreProperties", "com.fasterxml.jackson.annotation.JsonInclude"));

    RecordSource(ModelShapes model, String shape) {
        this.model = model;
        this.shape = shape;
        this.members = model.members(shape);
    }

    String text() {
        String name = JavaNames.type(shape);
        SortedMap<String, String> unions = model.unionsImplementedBy(shape);
        StringBuilder declaration = new StringBuilder();
        List<Map.Entry<String, String>> entries = new ArrayList<>(members.entrySet());
        for (int i = 0; i < entries.size(); i++) {
            Map.Entry<String, String> member = entries.get(i);
            imports.addAll(JavaSources.componentImports(model, member.getValue()));
            List<String> tokens = new ArrayList<>(JavaSources.component(model, member.getKey(), member.getValue()));
            boolean last = i == entries.size() - 1;
            tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + (last ? ")" : ","));
            if (last && !unions.isEmpty()) {
                tokens.add("implements");
                List<String> names = new ArrayList<>(unions.keySet());
                for (int u = 0; u < names.size(); u++) {
                    tokens.add(names.get(u) + (u == names.size() - 1 ? "" : ","));
                }
            }
            if (last) {
                tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + " {");
            }
            declaration.append(JavaSources.wrap("        ", "        ", tokens)).append("\n");
        }
        String constructor = constructor(name);
        String memberName = memberName(unions);
        String toString = JavaSources.toStringMethod(model, "    ", name, members);
        if (!toString.isEmpty()) {
            imports.add("dev.paycrypto.api.Sensitive");
        }
        List<String> wireOrder = WireOrder.BY_SHAPE.get(shape);
        if (wireOrder != null) {
            imports.add("com.fasterxml.jackson.annotation.JsonPropertyOrder");
        }
        StringBuilder out = new StringBuilder(JavaSources.preamble(model, imports)).append(javadoc(unions))
                .append("@JsonInclude(JsonInclude.Include.NON_NULL)\n@JsonIgnoreProperties(ignoreUnknown = true)\n");
        if (wireOrder != null) {
            List<String> quoted = new ArrayList<>();
            wireOrder.forEach(member -> quoted.add("\"" + member + "\"" + ","));
            String lastMember = quoted.remove(quoted.size() - 1);
            quoted.add(lastMember.substring(0, lastMember.length() - 1) + "})");
            quoted.set(0, "@JsonPropertyOrder({" + quoted.get(0));
            out.append(JavaSources.wrap("", "        ", quoted)).append("\n");
        }
        if (members.isEmpty()) {
            out.append("public record ").append(name).append("()")
                    .append(unions.isEmpty() ? "" : " implements " + String.join(", ", unions.keySet())).append(" {\n");
        } else {
            out.append("public record ").append(name).append("(\n").append(declaration);
        }
        return out.append(constructor).append(memberName).append(toString).append("}\n").toString();
    }

    private String javadoc(SortedMap<String, String> unions) {
        StringBuilder doc = new StringBuilder("/**\n * {@code ").append(shape).append("}, a structure of the ")
                .append(model.plane.label).append(" model.");
        unions.forEach((union, member) -> doc.append("\n * Also the member {@code ").append(member)
                .append("} of the union {@link ").append(union).append("}."));
        return doc.append("\n */\n").toString();
    }

    private String constructor(String name) {
        StringBuilder body = new StringBuilder();
        Set<String> required = model.required(shape);
        members.forEach((member, target) -> {
            String component = JavaNames.component(member);
            if (required.contains(member)) {
                imports.add("java.util.Objects");
                body.append(JavaSources.wrap("        ", "                ", List.of(
                        "Objects.requireNonNull(" + component + ",", "\"" + member + " is required\");"))).append("\n");
            }
            switch (model.type(target)) {
                case "list" -> body.append(copy(component, "List.copyOf(" + component + ")"));
                case "map" -> {
                    imports.addAll(List.of("java.util.Collections", "java.util.LinkedHashMap"));
                    body.append(copy(component, "Collections.unmodifiableMap(new LinkedHashMap<>(" + component + "))"));
                }
                default -> {
                }
            }
        });
        if (body.length() == 0) {
            return "";
        }
        return "\n    public " + name + " {\n" + body + "    }\n";
    }

    /** {@code x = x == null ? null : copy;}: a copy nobody can change, and null left null. */
    private static String copy(String component, String copy) {
        return JavaSources.wrap("        ", "                ",
                List.of(component, "=", component, "==", "null", "?", "null", ":", copy + ";")) + "\n";
    }

    private static String memberName(SortedMap<String, String> unions) {
        if (unions.isEmpty()) {
            return "";
        }
        Set<String> names = new TreeSet<>(unions.values());
        if (names.size() != 1) {
            throw new IllegalStateException("A record implementing unions under different member names: " + unions);
        }
        return "\n    @Override\n    public String memberName() {\n        return \"" + names.iterator().next()
                + "\";\n    }\n";
    }
}
