package dev.paycrypto.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Key ids, key ARNs and alias ARNs as the service spells them. */
public final class KeyArns {

    private static final String ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final Pattern KEY_ARN =
            Pattern.compile("arn:aws:payment-cryptography:([a-z]{2}-[a-z]{1,16}-[0-9]+):([0-9]{12}):key/([0-9a-zA-Z]{16,64})");
    private static final String ALIAS_NAME = "alias/[a-zA-Z0-9/_-]+";
    private static final Pattern ALIAS_ARN =
            Pattern.compile("arn:aws:payment-cryptography:([a-z]{2}-[a-z]{1,16}-[0-9]+):([0-9]{12}):(" + ALIAS_NAME + ")");

    /** The parts of a key ARN. */
    public record KeyArn(String region, String account, String keyId) {
        @Override
        public String toString() {
            return keyArn(region, account, keyId);
        }
    }

    private KeyArns() {
    }

    /** A new key id: 16 lowercase alphanumerics, as the real service issues. */
    public static String newKeyId(SecureRandom random) {
        char[] id = new char[16];
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length()));
        }
        return new String(id);
    }

    /**
     * A key id derived from a name (such as the id of the event that asks for the key), the same every time: work
     * that creates a key can be repeated and find the key it made, since creating a key with an existing id fails.
     */
    public static String derivedKeyId(String name) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256")
                    .digest(name.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        char[] id = new char[16];
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_ALPHABET.charAt((hash[i] & 0xFF) % ID_ALPHABET.length());
        }
        return new String(id);
    }

    public static String keyArn(String region, String account, String keyId) {
        return "arn:aws:payment-cryptography:" + region + ":" + account + ":key/" + keyId;
    }

    public static String aliasArn(String region, String account, String aliasName) {
        return "arn:aws:payment-cryptography:" + region + ":" + account + ":" + aliasName;
    }

    public static Optional<KeyArn> parseKeyArn(String value) {
        Matcher m = KEY_ARN.matcher(value);
        return m.matches() ? Optional.of(new KeyArn(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }

    /** Whether {@code value} is an alias name as the service spells them ({@code alias/...}). */
    public static boolean isAliasName(String value) {
        return value.matches(ALIAS_NAME);
    }

    /** The alias name ({@code alias/...}) of an alias ARN. */
    public static Optional<String> aliasNameOfArn(String value) {
        Matcher m = ALIAS_ARN.matcher(value);
        return m.matches() ? Optional.of(m.group(3)) : Optional.empty();
    }
}
