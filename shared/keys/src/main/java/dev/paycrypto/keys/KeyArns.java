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
    private static final String ARN_PREFIX = "arn:aws:payment-cryptography:";
    /** The grammar of a key ARN (what {@link #parseKeyArn} reads, without a regex). */
    static final String KEY_ARN =
            "arn:aws:payment-cryptography:([a-z]{2}-[a-z]{1,16}-[0-9]+):([0-9]{12}):key/([0-9a-zA-Z]{16,64})";
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
        // the grammar of KEY_ARN, read by hand: every call names its key, and a regex match costs more than the rest
        if (!value.startsWith(ARN_PREFIX)) {
            return Optional.empty();
        }
        int regionEnd = value.indexOf(':', ARN_PREFIX.length());
        if (regionEnd < 0 || !isRegion(value, ARN_PREFIX.length(), regionEnd)) {
            return Optional.empty();
        }
        int accountEnd = regionEnd + 13;
        if (accountEnd >= value.length() || value.charAt(accountEnd) != ':' || !all(value, regionEnd + 1, accountEnd,
                KeyArns::isDigit) || !value.startsWith("key/", accountEnd + 1)) {
            return Optional.empty();
        }
        int idStart = accountEnd + 5;
        int idLength = value.length() - idStart;
        if (idLength < 16 || idLength > 64 || !all(value, idStart, value.length(),
                c -> isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
            return Optional.empty();
        }
        return Optional.of(new KeyArn(value.substring(ARN_PREFIX.length(), regionEnd),
                value.substring(regionEnd + 1, accountEnd), value.substring(idStart)));
    }

    /** {@code [a-z]{2}-[a-z]{1,16}-[0-9]+} between {@code from} and {@code to}. */
    private static boolean isRegion(String value, int from, int to) {
        int firstDash = from + 2;
        if (to - from < 6 || value.charAt(firstDash) != '-' || !all(value, from, firstDash, KeyArns::isLower)) {
            return false;
        }
        int secondDash = value.indexOf('-', firstDash + 1);
        if (secondDash < 0 || secondDash >= to - 1) {
            return false;
        }
        int nameLength = secondDash - firstDash - 1;
        return nameLength >= 1 && nameLength <= 16 && all(value, firstDash + 1, secondDash, KeyArns::isLower)
                && all(value, secondDash + 1, to, KeyArns::isDigit);
    }

    private static boolean all(String value, int from, int to, java.util.function.IntPredicate allowed) {
        for (int i = from; i < to; i++) {
            if (!allowed.test(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
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
