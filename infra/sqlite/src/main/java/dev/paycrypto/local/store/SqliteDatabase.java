package dev.paycrypto.local.store;

import dev.paycrypto.keys.OwnerOnlyFiles;
import dev.paycrypto.keys.store.StoreConflictException;
import dev.paycrypto.keys.store.StoreUnavailableException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One SQLite database of the local runtime, shared by the repositories that keep their tables in it: one
 * connection (write-ahead log, a busy timeout) used by one thread at a time under this object's lock, statements
 * prepared once and reused, parameters bound and rows read in order ({@link SqlParameters}, {@link SqlRow}), and
 * every {@link SQLException} reported as {@link StoreUnavailableException}, or as {@link StoreConflictException}
 * where an insert broke a constraint. Each repository creates its own tables through {@link #execute}. A database
 * file is only readable by its owner (0600).
 */
final class SqliteDatabase implements AutoCloseable {

    /** Binds a statement's parameters. */
    @FunctionalInterface
    interface Binder {
        void bind(SqlParameters parameters) throws SQLException;
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(SqlRow row) throws SQLException;
    }

    /** Work on the connection inside one transaction. */
    @FunctionalInterface
    interface Work {
        void run() throws SQLException;
    }

    private static final Binder NONE = parameters -> { };

    private final Connection connection;
    /** The database as messages name it: its file, or what it holds when in memory. */
    private final String location;
    /** Every statement run so far, prepared once: the statements are a fixed set of constants. */
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    private SqliteDatabase(String url, String location) {
        this.location = location;
        try {
            this.connection = DriverManager.getConnection(url);
        } catch (SQLException e) {
            throw new StoreUnavailableException("Cannot open " + location, e);
        }
        execute("PRAGMA journal_mode=WAL", "PRAGMA busy_timeout=5000");
    }

    /**
     * A database in a file, created if absent with mode 0600 (its -wal and -shm files follow that mode); an
     * existing file and its siblings are narrowed to 0600.
     */
    static SqliteDatabase open(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            OwnerOnlyFiles.database(absolute);
        } catch (IOException e) {
            throw new StoreUnavailableException("Cannot create the database " + absolute, e);
        }
        return new SqliteDatabase("jdbc:sqlite:" + absolute, absolute.toString());
    }

    /** A database that lives in memory only, named {@code location} in messages. */
    static SqliteDatabase inMemory(String location) {
        return new SqliteDatabase("jdbc:sqlite::memory:", location);
    }

    String location() {
        return location;
    }

    /** Runs statements that return nothing: settings (pragmas) and schema. */
    synchronized void execute(String... statements) {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Brings a table made by an earlier version up to date: a column added since is added, empty. */
    synchronized void addColumnIfMissing(String table, String column, String type) {
        boolean present = !query("SELECT name FROM pragma_table_info(?) WHERE name = ?",
                p -> p.text(table).text(column), SqlRow::text).isEmpty();
        if (!present) {
            execute("ALTER TABLE " + table + " ADD COLUMN " + column + " " + type);
        }
    }

    /** Every row {@code sql} selects. */
    synchronized <T> List<T> query(String sql, Binder binder, RowReader<T> reader) {
        try {
            PreparedStatement statement = bound(sql, binder);
            List<T> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(reader.read(new SqlRow(rows)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The first row {@code sql} selects, if any. */
    synchronized <T> Optional<T> queryFirst(String sql, Binder binder, RowReader<T> reader) {
        List<T> found = query(sql, binder, reader);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The first row a statement without parameters selects, if any. */
    <T> Optional<T> queryFirst(String sql, RowReader<T> reader) {
        return queryFirst(sql, NONE, reader);
    }

    /** Runs a write; the number of rows it changed. */
    synchronized int update(String sql, Binder binder) {
        try {
            return bound(sql, binder).executeUpdate();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * Runs an insert whose broken constraint (a row with that key exists) is a {@link StoreConflictException};
     * {@code what} names the row in its message.
     */
    synchronized void insert(String sql, Binder binder, String what) {
        try {
            bound(sql, binder).executeUpdate();
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("CONSTRAINT")) {
                throw new StoreConflictException(what + " exists already");
            }
            throw failed(e);
        }
    }

    /**
     * Runs an update conditional on the row's version: when it changes no row (the version moved on, or the row is
     * gone) that is a {@link StoreConflictException}; {@code what} names the row in its message.
     */
    synchronized void updateOne(String sql, Binder binder, String what) {
        if (update(sql, binder) != 1) {
            throw new StoreConflictException(what + " changed since it was read");
        }
    }

    /** Runs {@code work} holding the connection's lock, so that no other statement runs in between. */
    synchronized <T> T atomically(Supplier<T> work) {
        return work.get();
    }

    /** Runs {@code work} as one transaction: committed if it returns, rolled back if it throws. */
    synchronized void inTransaction(Work work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** A statement prepared once, its parameters bound afresh. */
    private synchronized PreparedStatement bound(String sql, Binder binder) throws SQLException {
        PreparedStatement statement = prepared.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            prepared.put(sql, statement);
        }
        statement.clearParameters();
        binder.bind(new SqlParameters(statement));
        return statement;
    }

    private StoreUnavailableException failed(SQLException e) {
        return new StoreUnavailableException("A statement on " + location + " failed", e);
    }

    @Override
    public synchronized void close() {
        try {
            for (PreparedStatement statement : prepared.values()) {
                statement.close();
            }
            prepared.clear();
            connection.close();
        } catch (SQLException e) {
            throw new StoreUnavailableException("Closing " + location + " failed", e);
        }
    }
}
