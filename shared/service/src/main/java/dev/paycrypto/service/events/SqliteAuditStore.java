package dev.paycrypto.service.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.keys.OwnerOnlyFiles;
import dev.paycrypto.service.protocol.JsonCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The audit store of the local runtime: one SQLite table, the event id its primary key. */
public final class SqliteAuditStore implements AuditStore, AutoCloseable {

    private final Connection connection;

    private SqliteAuditStore(String url) {
        try {
            connection = DriverManager.getConnection(url);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("PRAGMA busy_timeout=5000");
                statement.execute("CREATE TABLE IF NOT EXISTS audit (event_id TEXT PRIMARY KEY, account TEXT NOT NULL, "
                        + "event_time TEXT NOT NULL, seq INTEGER NOT NULL, record TEXT NOT NULL)");
                statement.execute("CREATE INDEX IF NOT EXISTS audit_by_account ON audit (account, seq)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the audit database", e);
        }
    }

    /** A store in a database file, created if absent with mode 0600, as the key database is. */
    public static SqliteAuditStore open(Path file) {
        try {
            OwnerOnlyFiles.database(file.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the audit database " + file, e);
        }
        return new SqliteAuditStore("jdbc:sqlite:" + file.toAbsolutePath());
    }

    public static SqliteAuditStore inMemory() {
        return new SqliteAuditStore("jdbc:sqlite::memory:");
    }

    @Override
    public synchronized boolean append(Event apiCall) {
        try (PreparedStatement insert = connection.prepareStatement("INSERT OR IGNORE INTO audit "
                + "(event_id, account, event_time, seq, record) VALUES (?, ?, ?, "
                + "(SELECT COALESCE(MAX(seq), 0) + 1 FROM audit), ?)")) {
            insert.setString(1, apiCall.id());
            insert.setString(2, apiCall.account());
            insert.setString(3, apiCall.time().toString());
            insert.setString(4, JsonCodec.write(apiCall.detail()));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store an audit record", e);
        }
    }

    @Override
    public synchronized List<JsonNode> list(String account, int limit) {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT record FROM audit WHERE account = ? ORDER BY seq LIMIT ?")) {
            select.setString(1, account);
            select.setInt(2, limit);
            List<JsonNode> records = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    records.add(JsonCodec.parse(rows.getString(1)));
                }
            }
            return records;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit records", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot close the audit database", e);
        }
    }
}
