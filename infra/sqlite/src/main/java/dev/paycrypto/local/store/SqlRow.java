package dev.paycrypto.local.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * One row of a result, read column by column in the order the query selects them (by index, not by name: a name
 * lookup per column is measurably slower), the counterpart of {@link SqlParameters}.
 */
final class SqlRow {

    private final ResultSet rows;
    private int next = 1;

    SqlRow(ResultSet rows) {
        this.rows = rows;
    }

    String text() throws SQLException {
        return rows.getString(next++);
    }

    long number() throws SQLException {
        return rows.getLong(next++);
    }

    boolean flag() throws SQLException {
        return rows.getInt(next++) == 1;
    }

    /** An instant stored as epoch milliseconds, or null. */
    Instant instant() throws SQLException {
        long value = rows.getLong(next++);
        return rows.wasNull() ? null : Instant.ofEpochMilli(value);
    }
}
