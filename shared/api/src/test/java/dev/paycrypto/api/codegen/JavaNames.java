package dev.paycrypto.api.codegen;

import java.util.Locale;
import java.util.Set;

/** Java names for model names, refusing any that Java would not take or that would shadow a name in use. */
final class JavaNames {

    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "record", "var", "yield", "sealed", "permits",
            "_");

    /** Methods a record has already: a component of that name would clash with them. */
    private static final Set<String> RECORD_METHODS = Set.of("toString", "hashCode", "equals", "getClass",
            "notify", "notifyAll", "wait", "clone", "finalize", "memberName", "memberValue");

    /** Simple names the generated sources use besides their own: a shape of that name would shadow them. */
    private static final Set<String> USED = Set.of("Objects", "List", "Map", "Collections", "LinkedHashMap",
            "Instant", "JsonProperty", "JsonInclude", "JsonIgnoreProperties", "JsonSerialize", "JsonDeserialize",
            "EpochSeconds", "UnionWriter", "UnionReader", "Union", "Sensitive", "ApiOperation", "KeyReplication",
            "Reader");

    private JavaNames() {
    }

    /** {@code PrimaryAccountNumber} to {@code primaryAccountNumber}. */
    static String component(String member) {
        // a leading acronym (KCVAlgorithm) would want a naming rule of its own; no model has one
        if (!member.matches("[A-Z][a-z0-9][A-Za-z0-9]*")) {
            throw new IllegalStateException("Member name without a plain camel-case form: " + member);
        }
        String name = Character.toLowerCase(member.charAt(0)) + member.substring(1);
        if (KEYWORDS.contains(name) || RECORD_METHODS.contains(name)) {
            throw new IllegalStateException("Member name clashes with Java: " + member);
        }
        return name;
    }

    /** {@code GenerateAs2805KekValidation} to {@code GENERATE_AS2805_KEK_VALIDATION}. */
    static String constant(String operation) {
        return operation.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    /** A shape name as a class name, refused if it is not a Java identifier or would shadow a class in use. */
    static String type(String shape) {
        if (!shape.matches("[A-Z][A-Za-z0-9]*") || USED.contains(shape) || isJavaLang(shape)) {
            throw new IllegalStateException("Shape name cannot be a generated class name: " + shape);
        }
        return shape;
    }

    /** An enum value as a constant, which it must be verbatim: Jackson writes and reads enums by name. */
    static String enumConstant(String value) {
        if (!value.matches("[A-Za-z_][A-Za-z0-9_]*") || KEYWORDS.contains(value)) {
            throw new IllegalStateException("Enum value is not a Java identifier: " + value);
        }
        return value;
    }

    private static boolean isJavaLang(String name) {
        try {
            Class.forName("java.lang." + name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
