package dev.paycrypto.service.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.keys.store.InvalidPageTokenException;
import dev.paycrypto.keys.store.Page;
import dev.paycrypto.app.errors.ValidationException;
import java.util.function.Supplier;

/** Pagination as the list operations share it: {@code MaxResults} (1–100, default 100) and {@code NextToken}. */
public final class Pages {

    public static final int DEFAULT_MAX_RESULTS = 100;

    private Pages() {
    }

    public static int maxResults(Input input) {
        return input.optionalInt("MaxResults").orElse(DEFAULT_MAX_RESULTS);
    }

    /** Reads a page, reporting a token the store did not issue as a bad {@code NextToken}. */
    public static <T> Page<T> read(Supplier<Page<T>> listing) {
        try {
            return listing.get();
        } catch (InvalidPageTokenException e) {
            throw new ValidationException("NextToken is not valid for this listing");
        }
    }

    public static ObjectNode withNextToken(ObjectNode response, Page<?> page) {
        if (page.nextToken() != null) {
            response.put("NextToken", page.nextToken());
        }
        return response;
    }
}
