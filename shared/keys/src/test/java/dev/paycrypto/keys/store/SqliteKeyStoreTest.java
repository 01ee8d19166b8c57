package dev.paycrypto.keys.store;

import dev.paycrypto.keys.store.sqlite.SqliteKeyStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The contract suite against the embedded SQLite adapter, on a database file. */
class SqliteKeyStoreTest extends KeyStoreContractTest {

    private static final Map<String, String> COLUMNS = Map.of("exportable", "exportable", "keyUsage", "key_usage",
            "keyBlock", "key_block");
    private static Path file;
    private static SqliteKeyStore store;

    @BeforeAll
    static void open() throws IOException {
        file = Files.createTempDirectory("paycrypto-sqlite").resolve("keys.db");
        store = SqliteKeyStore.open(file);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Override
    protected KeyStore store() {
        return store;
    }

    @Override
    protected void tamper(String account, String keyId, String attribute, String value) {
        String column = COLUMNS.get(attribute);
        Object stored = "exportable".equals(attribute) ? (Object) ("true".equals(value) ? 1 : 0) : value;
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement update = raw.prepareStatement(
                     "UPDATE keys SET " + column + " = ? WHERE account = ? AND key_id = ?")) {
            update.setObject(1, stored);
            update.setString(2, account);
            update.setString(3, keyId);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("nothing tampered");
            }
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
