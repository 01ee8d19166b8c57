package dev.paycrypto.local.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/**
 * The parameters of one statement, bound in order from the first, so that a row's columns are written in the
 * order its table lists them. Null is bound as SQL NULL; instants as epoch milliseconds, flags as 0 or 1.
 */
final class SqlParameters {

    private final PreparedStatement statement;
    private int next = 1;

    SqlParameters(PreparedStatement statement) {
        this.statement = statement;
    }

    SqlParameters text(String value) throws SQLException {
        statement.setString(next++, value);
        return this;
    }

    SqlParameters number(long value) throws SQLException {
        statement.setLong(next++, value);
        return this;
    }

    SqlParameters flag(boolean value) throws SQLException {
        statement.setInt(next++, value ? 1 : 0);
        return this;
    }

    SqlParameters instant(Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(next++, Types.INTEGER);
        } else {
            statement.setLong(next++, value.toEpochMilli());
        }
        return this;
    }

    /** The text of an enum constant, or null. */
    SqlParameters name(Enum<?> value) throws SQLException {
        return text(value == null ? null : value.name());
    }
}
