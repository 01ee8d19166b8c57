package dev.paycrypto.app.policies;

import java.util.Locale;

/** IAM's wildcard matching: {@code *} matches any run of characters (none too), {@code ?} any one character. */
final class Wildcards {

    private Wildcards() {
    }

    static boolean matches(String pattern, String text) {
        return matches(pattern, text, false);
    }

    /** Case-insensitive when {@code ignoreCase} (action names are, in IAM). */
    static boolean matches(String pattern, String text, boolean ignoreCase) {
        String p = ignoreCase ? pattern.toLowerCase(Locale.ROOT) : pattern;
        String t = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
        // linear backtracking over the last star: no exponential blow-up on many stars
        int pi = 0;
        int ti = 0;
        int star = -1;
        int mark = 0;
        while (ti < t.length()) {
            if (pi < p.length() && (p.charAt(pi) == '?' || p.charAt(pi) == t.charAt(ti))) {
                pi++;
                ti++;
            } else if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = ti;
            } else if (star >= 0) {
                pi = star + 1;
                ti = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }

    static boolean hasWildcard(String value) {
        return value.indexOf('*') >= 0 || value.indexOf('?') >= 0;
    }
}
