package dev.paycrypto.app.keys;

import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.keys.store.InvalidPageTokenException;
import dev.paycrypto.keys.store.Page;
import java.util.function.Supplier;

/** The paging of the listing operations: the default page size, and a token the store did not issue. */
public final class Pages {

    public static final int DEFAULT_MAX_RESULTS = 100;

    private Pages() {
    }

    /** The page size a request asks for, or the default. */
    public static int maxResults(Integer requested) {
        return requested == null ? DEFAULT_MAX_RESULTS : requested;
    }

    /** Reads a page, reporting a token the store did not issue as a bad {@code NextToken}. */
    public static <T> Page<T> read(Supplier<Page<T>> listing) {
        try {
            return listing.get();
        } catch (InvalidPageTokenException e) {
            throw new ValidationException("NextToken is not valid for this listing");
        }
    }
}
