package dev.paycrypto.api.codegen;

import java.util.Map;

/**
 * Enum shapes of the models that the key model already has, value for value: the records use the key model's
 * enum instead of a generated copy, so that the operations need no mapping. {@code ModelCoverageTest} checks that
 * each listed enum's constants are exactly the model's values, in both models where the shape occurs.
 */
final class ReusedEnums {

    /** Shape name (in either model) to the fully qualified name of the enum used for it. */
    static final Map<String, String> BY_SHAPE = Map.of(
            "KeyAlgorithm", "dev.paycrypto.keys.KeyAlgorithm",
            "KeyCheckValueAlgorithm", "dev.paycrypto.keys.KeyCheckValueAlgorithm",
            "KeyClass", "dev.paycrypto.keys.KeyClass",
            "KeyOrigin", "dev.paycrypto.keys.KeyOrigin",
            "KeyState", "dev.paycrypto.keys.KeyState",
            "KeyUsage", "dev.paycrypto.keys.KeyUsage",
            "KeyReplicationState", "dev.paycrypto.keys.KeyReplication.State",
            "MultiRegionKeyType", "dev.paycrypto.keys.KeyReplication.Role");

    private ReusedEnums() {
    }

    /** The class to import for {@code qualifiedName}: its outermost class (for a nested enum, the enclosing one). */
    static String importOf(String qualifiedName) {
        String[] parts = qualifiedName.split("\\.");
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            name.append(name.length() == 0 ? "" : ".").append(part);
            if (Character.isUpperCase(part.charAt(0))) {
                return name.toString();
            }
        }
        throw new IllegalArgumentException("No class in " + qualifiedName);
    }

    /** How generated code names it once imported: {@code KeyUsage}, or {@code KeyReplication.Role}. */
    static String referenceOf(String qualifiedName) {
        String outer = importOf(qualifiedName);
        return qualifiedName.substring(outer.lastIndexOf('.') + 1);
    }

    /** The binary name, for {@link Class#forName}: {@code dev.paycrypto.keys.KeyReplication$Role}. */
    static String binaryNameOf(String qualifiedName) {
        String outer = importOf(qualifiedName);
        return outer + qualifiedName.substring(outer.length()).replace('.', '$');
    }
}
