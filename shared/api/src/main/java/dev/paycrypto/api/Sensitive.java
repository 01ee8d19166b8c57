package dev.paycrypto.api;

/**
 * What a record's {@code toString()} shows of a member the model marks sensitive (PANs, PIN blocks, key material,
 * cryptograms): whether it is set, never its value, so that a record can be logged or put in an exception whole.
 */
public final class Sensitive {

    private static final String MASK = "<sensitive>";

    private Sensitive() {
    }

    public static String mask(Object value) {
        return value == null ? "null" : MASK;
    }
}
