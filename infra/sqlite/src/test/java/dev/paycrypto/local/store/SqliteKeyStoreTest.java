package dev.paycrypto.local.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.keys.store.KeyStore;
import dev.paycrypto.keys.store.KeyStoreContractTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

    @Test
    void aDatabaseOfAnEarlierVersionGainsTheColumnsAddedSince() throws Exception {
        Path old = Files.createTempDirectory("paycrypto-sqlite-old").resolve("keys.db");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + old);
             Statement statement = raw.createStatement()) {
            // the keys table as the first releases made it, without the replication column
            statement.execute("CREATE TABLE keys (account TEXT NOT NULL, key_id TEXT NOT NULL, key_arn TEXT NOT NULL, "
                    + "key_usage TEXT NOT NULL, key_class TEXT NOT NULL, key_algorithm TEXT NOT NULL, "
                    + "modes_of_use TEXT NOT NULL, kcv TEXT NOT NULL, kcv_algorithm TEXT NOT NULL, "
                    + "enabled INTEGER NOT NULL, exportable INTEGER NOT NULL, key_state TEXT NOT NULL, "
                    + "key_origin TEXT NOT NULL, create_ts INTEGER NOT NULL, usage_start_ts INTEGER, "
                    + "usage_stop_ts INTEGER, delete_pending_ts INTEGER, delete_ts INTEGER, derive_key_usage TEXT, "
                    + "tags TEXT NOT NULL, key_block TEXT NOT NULL, version INTEGER NOT NULL, "
                    + "PRIMARY KEY (account, key_id))");
        }
        try (SqliteKeyStore upgraded = SqliteKeyStore.open(old)) {
            StoredKey key = newKey("upgraded00000001");
            upgraded.createKey(key);
            assertThat(upgraded.findKey(account, key.keyId())).contains(key);
        }
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
            // the store keeps rows it served and is their only writer; one written behind its back is read anew
            // only once the store forgets what it held (as after a restart)
            store.forgetCachedRows();
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
