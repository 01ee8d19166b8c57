package dev.paycrypto.api.codegen;

import dev.paycrypto.api.codegen.ModelShapes.UnionMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sealed interface of one union. A member whose target structure belongs to it alone (under one member name)
 * is that structure's record, which implements the interface; any other member (a scalar, or a structure that
 * several members share) is a small record nested in the interface, wrapping the value. The nested
 * {@code Reader} lists the members for {@link dev.paycrypto.api.json.UnionReader}.
 */
final class UnionSource {

    private final ModelShapes model;
    private final String shape;
    private final Set<String> imports = new TreeSet<>(Set.of(
            "dev.paycrypto.api.Union", "dev.paycrypto.api.json.UnionReader"));

    UnionSource(ModelShapes model, String shape) {
        this.model = model;
        this.shape = shape;
    }

    String text() {
        String name = JavaNames.type(shape);
        List<String> permits = new ArrayList<>(List.of("public", "sealed", "interface", name, "extends", "Union",
                "permits"));
        List<String> readers = new ArrayList<>();
        StringBuilder wrappers = new StringBuilder();
        List<UnionMember> members = model.unionMembers(shape);
        for (UnionMember member : members) {
            if (member.direct()) {
                permits.add(member.target() + ",");
                readers.add("member(\"" + member.name() + "\", " + member.target() + ".class)");
            } else {
                String wrapper = wrapperName(member);
                permits.add(name + "." + wrapper + ",");
                String valueType = model.javaType(member.target()).reference();
                imports.addAll(model.javaType(member.target()).imports());
                readers.add("member(\"" + member.name() + "\", " + rawType(valueType) + ".class, " + wrapper
                        + "::new)");
                wrappers.append(wrapper(name, member, wrapper, valueType));
            }
        }
        String lastPermit = permits.remove(permits.size() - 1);
        permits.add(lastPermit.substring(0, lastPermit.length() - 1) + " {");
        List<String> readerTokens = new ArrayList<>();
        readerTokens.add("super(" + name + ".class,");
        for (int i = 0; i < readers.size(); i++) {
            readerTokens.add(readers.get(i) + (i == readers.size() - 1 ? ");" : ","));
        }
        return JavaSources.preamble(model, imports)
                + "/**\n * {@code " + shape + "}, a union of the " + model.plane.label + " model: exactly one of its"
                + " members, which\n * {@link Union#memberName()} names.\n */\n"
                + JavaSources.wrap("", "        ", permits) + "\n\n"
                + "    /** Reads the union's one known member; members the model does not know are ignored. */\n"
                + "    final class Reader extends UnionReader<" + name + "> {\n\n"
                + "        public Reader() {\n"
                + JavaSources.wrap("            ", "                    ", readerTokens.subList(0, 1)) + "\n"
                + String.join("\n", readerTokens.subList(1, readerTokens.size()).stream()
                        .map(token -> "                    " + token).toList()) + "\n"
                + "        }\n    }\n" + wrappers + "}\n";
    }

    /** The member's name, unless a generated class of the plane has it: the nested record would shadow that. */
    private String wrapperName(UnionMember member) {
        if (model.reachable.contains(member.name()) && model.isGenerated(member.name())) {
            throw new IllegalStateException("A wrapper record would shadow the class " + member.name());
        }
        return JavaNames.type(member.name());
    }

    private static String rawType(String reference) {
        int generic = reference.indexOf('<');
        return generic < 0 ? reference : reference.substring(0, generic);
    }

    private String wrapper(String union, UnionMember member, String wrapper, String valueType) {
        imports.add("java.util.Objects");
        String toString = JavaSources.toStringMethod(model, "        ", wrapper, Map.of("Value", member.target()));
        if (!toString.isEmpty()) {
            imports.add("dev.paycrypto.api.Sensitive");
        }
        return "\n    /** The member {@code " + member.name() + "}. */\n"
                + "    record " + wrapper + "(" + valueType + " value) implements " + union + " {\n\n"
                + "        public " + wrapper + " {\n"
                + "            Objects.requireNonNull(value, \"" + member.name() + " is required\");\n"
                + "        }\n\n"
                + "        @Override\n        public String memberName() {\n"
                + "            return \"" + member.name() + "\";\n        }\n\n"
                + "        @Override\n        public Object memberValue() {\n"
                + "            return value;\n        }\n"
                + toString + "    }\n";
    }
}
