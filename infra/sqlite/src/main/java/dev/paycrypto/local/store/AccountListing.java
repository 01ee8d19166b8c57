package dev.paycrypto.local.store;

import dev.paycrypto.keys.store.Page;
import dev.paycrypto.keys.store.PageTokens;
import java.util.function.Function;

/**
 * How one table's rows of an account are listed a page at a time, in the order of their id column, optionally
 * filtered on one column; each page's token names the last id returned (see {@link PageTokens}).
 *
 * @param listing the listing's name in its tokens, so that a token of another listing is refused
 * @param select  {@code SELECT <columns> FROM <table>}, the columns those {@code reader} reads
 * @param idColumn the column rows are ordered and resumed by
 */
record AccountListing<T>(String listing, String select, String idColumn, SqliteDatabase.RowReader<T> reader,
                         Function<T, String> idOf) {

    /** One page after {@code pageToken}, of rows whose {@code filterColumn} is {@code filterValue} if that is set. */
    Page<T> page(SqliteDatabase database, String account, String filterColumn, String filterValue, int maxResults,
                 String pageToken) {
        String after = PageTokens.decode(listing, pageToken);
        String sql = select + " WHERE account = ? AND " + idColumn + " > ?"
                + (filterValue == null ? "" : " AND " + filterColumn + " = ?") + " ORDER BY " + idColumn + " LIMIT ?";
        return Page.of(database.query(sql, p -> {
            p.text(account).text(after == null ? "" : after);
            if (filterValue != null) {
                p.text(filterValue);
            }
            p.number(maxResults + 1);
        }, reader), maxResults, listing, idOf);
    }
}
