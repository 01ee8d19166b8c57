package dev.paycrypto.keys.store;

import java.util.List;
import java.util.function.Function;

/** One page of a listing; {@code nextToken} is null on the last page. */
public record Page<T>(List<T> items, String nextToken) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * A page from up to {@code maxResults + 1} rows read in sort order after the last token: the extra row only
     * says there is more, and the token names the last row returned.
     */
    public static <T> Page<T> of(List<T> rows, int maxResults, String listing, Function<T, String> sortKey) {
        if (rows.size() <= maxResults) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, maxResults);
        return new Page<>(items, PageTokens.encode(listing, sortKey.apply(items.get(items.size() - 1))));
    }
}
