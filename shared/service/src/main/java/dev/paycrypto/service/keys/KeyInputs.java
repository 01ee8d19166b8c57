package dev.paycrypto.service.keys;

import dev.paycrypto.crypto.asymmetric.RsaKeyCryptogram;
import dev.paycrypto.keys.InvalidKeyAttributesException;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.keys.KeyRules;
import dev.paycrypto.keys.KeyUsage;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.service.runtime.Input;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the key-related shapes of requests ({@code KeyAttributes}, {@code Tags}). */
public final class KeyInputs {

    public static final int MAX_TAGS = 50;

    private KeyInputs() {
    }

    /** A {@code KeyAttributes} member, checked against the service's rules. */
    public static KeyAttributes attributes(Input input, String member) {
        Input node = input.object(member);
        KeyAttributes attributes = new KeyAttributes(
                node.enumValue("KeyUsage", KeyUsage.class),
                node.enumValue("KeyClass", KeyClass.class),
                node.enumValue("KeyAlgorithm", KeyAlgorithm.class),
                modesOfUse(node.object("KeyModesOfUse")));
        try {
            KeyRules.requireValid(attributes);
        } catch (InvalidKeyAttributesException e) {
            throw new ValidationException("Invalid " + member + ": " + e.getMessage());
        }
        return attributes;
    }

    /** A {@code KeyModesOfUse} shape; flags left out are false. */
    public static KeyModesOfUse modesOfUse(Input modes) {
        return KeyModesOfUse.fromFlags(mode -> modes.bool(mode.wireName(), false));
    }

    /** The RSA-OAEP hash a {@code WrappingSpec} member names; SHA-256 when it is absent. */
    public static RsaKeyCryptogram.OaepHash wrappingSpec(Input input) {
        return "RSA_OAEP_SHA_512".equals(input.optionalString("WrappingSpec").orElse("RSA_OAEP_SHA_256"))
                ? RsaKeyCryptogram.OaepHash.SHA_512 : RsaKeyCryptogram.OaepHash.SHA_256;
    }

    /** A {@code Tags} member as an ordered map; duplicate keys and more than 50 tags are refused. */
    public static Map<String, String> tags(Input input, String member) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Input tag : input.objects(member)) {
            if (tags.put(tag.string("Key"), tag.string("Value")) != null) {
                throw new ValidationException("Value at '" + member + "' has a duplicate tag key");
            }
        }
        requireTagLimit(tags.size());
        return tags;
    }

    public static void requireTagLimit(int count) {
        if (count > MAX_TAGS) {
            throw new ValidationException("A key can have at most " + MAX_TAGS + " tags");
        }
    }
}
