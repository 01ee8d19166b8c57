package dev.paycrypto.keys.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque pagination tokens: a prefix naming the listing, then the last sort key returned, base64url-encoded. A
 * token of another listing, or that is not one of ours, is refused.
 */
public final class PageTokens {

    private PageTokens() {
    }

    public static String encode(String listing, String lastSortKey) {
        return listing + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(lastSortKey.getBytes(StandardCharsets.UTF_8));
    }

    /** The last sort key of a token, or null for the first page. */
    public static String decode(String listing, String token) {
        if (token == null) {
            return null;
        }
        String prefix = listing + ".";
        if (!token.startsWith(prefix)) {
            throw new InvalidPageTokenException("The page token was not issued for this listing");
        }
        try {
            return new String(Base64.getUrlDecoder().decode(token.substring(prefix.length())), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidPageTokenException("The page token is malformed");
        }
    }
}
