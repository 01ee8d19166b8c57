package dev.paycrypto.crypto.card;

/**
 * The decimalisation of the CVV and PVV algorithms: the decimal digits of a hex string in order, then, if more
 * are needed, its letters A–F in order as 0–5.
 */
public final class Decimalization {

    private Decimalization() {
    }

    public static String decimalize(String hex, int digits) {
        StringBuilder out = new StringBuilder(digits);
        for (int i = 0; i < hex.length() && out.length() < digits; i++) {
            char c = hex.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        for (int i = 0; i < hex.length() && out.length() < digits; i++) {
            char c = Character.toUpperCase(hex.charAt(i));
            if (c >= 'A' && c <= 'F') {
                out.append((char) ('0' + (c - 'A')));
            }
        }
        return out.toString();
    }
}
