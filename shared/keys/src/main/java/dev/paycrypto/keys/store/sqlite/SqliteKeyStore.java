package dev.paycrypto.keys.store.sqlite;

import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyCheckValueAlgorithm;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.keys.KeyOrigin;
import dev.paycrypto.keys.KeyReplication;
import dev.paycrypto.keys.KeyState;
import dev.paycrypto.keys.KeyUsage;
import dev.paycrypto.keys.MasterKeyRecord;
import dev.paycrypto.keys.OwnerOnlyFiles;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.keys.store.AliasRecord;
import dev.paycrypto.keys.store.KeyStore;
import dev.paycrypto.keys.store.Page;
import dev.paycrypto.keys.store.PageTokens;
import dev.paycrypto.keys.store.SealedRecord;
import dev.paycrypto.keys.store.StoreConflictException;
import dev.paycrypto.keys.store.StoreUnavailableException;
import dev.paycrypto.keys.store.TagCodec;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded key store of the local runtime: one SQLite database per region, one row per key, alias and sealed
 * record, and one row recording the master key's check value. Every write is one statement, conditional on the
 * row's absence or version, so a lost race changes nothing and reports {@link StoreConflictException}. One
 * connection serves all threads, one statement at a time. A database file is only readable by its owner (0600).
 */
public final class SqliteKeyStore implements KeyStore, MasterKeyRecord, AutoCloseable {

    private static final String KEY_COLUMNS = "account, key_id, key_arn, key_usage, key_class, key_algorithm, "
            + "modes_of_use, kcv, kcv_algorithm, enabled, exportable, key_state, key_origin, create_ts, usage_start_ts, "
            + "usage_stop_ts, delete_pending_ts, delete_ts, derive_key_usage, tags, key_block, version, replication";

    /** Each column of {@link #KEY_COLUMNS} by name, 1-based: rows are read by index, not by name lookups. */
    private static final Map<String, Integer> KEY_COLUMN_INDEX = columnIndex(KEY_COLUMNS);
    private static final String FIND_KEY = "SELECT " + KEY_COLUMNS + " FROM keys WHERE account = ? AND key_id = ?";
    private static final String FIND_ALIAS =
            "SELECT account, alias_name, key_arn, version FROM aliases WHERE account = ? AND alias_name = ?";

    /** How many keys, and how many aliases, are kept in memory; past that the cache starts over. */
    static final int MAX_CACHED = 4096;

    private final Connection connection;
    private final Map<String, StoredKey> cachedKeys = new ConcurrentHashMap<>();
    private final Map<String, AliasRecord> cachedAliases = new ConcurrentHashMap<>();
    /** The database as messages name it. */
    private final String location;
    /** The statements every request runs, prepared once (the connection is used under this store's lock). */
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    private SqliteKeyStore(String url, String location) {
        this.location = location;
        try {
            this.connection = DriverManager.getConnection(url);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("PRAGMA busy_timeout=5000");
                statement.execute("CREATE TABLE IF NOT EXISTS keys (account TEXT NOT NULL, key_id TEXT NOT NULL, "
                        + "key_arn TEXT NOT NULL, key_usage TEXT NOT NULL, key_class TEXT NOT NULL, "
                        + "key_algorithm TEXT NOT NULL, modes_of_use TEXT NOT NULL, kcv TEXT NOT NULL, "
                        + "kcv_algorithm TEXT NOT NULL, enabled INTEGER NOT NULL, exportable INTEGER NOT NULL, "
                        + "key_state TEXT NOT NULL, key_origin TEXT NOT NULL, create_ts INTEGER NOT NULL, "
                        + "usage_start_ts INTEGER, usage_stop_ts INTEGER, delete_pending_ts INTEGER, delete_ts INTEGER, "
                        + "derive_key_usage TEXT, tags TEXT NOT NULL, key_block TEXT NOT NULL, version INTEGER NOT NULL, "
                        + "replication TEXT, PRIMARY KEY (account, key_id))");
                addColumnIfMissing(statement, "keys", "replication", "TEXT");
                statement.execute("CREATE TABLE IF NOT EXISTS aliases (account TEXT NOT NULL, alias_name TEXT NOT NULL, "
                        + "key_arn TEXT, version INTEGER NOT NULL, PRIMARY KEY (account, alias_name))");
                statement.execute("CREATE TABLE IF NOT EXISTS account_settings (account TEXT NOT NULL PRIMARY KEY, "
                        + "default_replication_regions TEXT NOT NULL)");
                statement.execute("CREATE TABLE IF NOT EXISTS sealed_records (account TEXT NOT NULL, kind TEXT NOT NULL, "
                        + "id TEXT NOT NULL, sealed_block TEXT NOT NULL, public_data TEXT, expires_at INTEGER, "
                        + "PRIMARY KEY (account, kind, id))");
                // at most one row (id 1); databases of earlier versions gain the table, empty
                statement.execute("CREATE TABLE IF NOT EXISTS master_key (id INTEGER PRIMARY KEY CHECK (id = 1), "
                        + "check_value TEXT NOT NULL)");
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("Cannot open the key database", e);
        }
    }

    /** Brings a database made by an earlier version up to date: a column added since is added, empty. */
    private static void addColumnIfMissing(Statement statement, String table, String column, String type)
            throws SQLException {
        try (ResultSet columns = statement.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (columns.next()) {
                if (column.equals(columns.getString("name"))) {
                    return;
                }
            }
        }
        statement.execute("ALTER TABLE " + table + " ADD COLUMN " + column + " " + type);
    }

    /**
     * A store in a database file, created if absent with mode 0600 (its -wal and -shm files follow that mode); an
     * existing file and its siblings are narrowed to 0600.
     */
    public static SqliteKeyStore open(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            OwnerOnlyFiles.database(absolute);
        } catch (IOException e) {
            throw new StoreUnavailableException("Cannot create the key database " + absolute, e);
        }
        return new SqliteKeyStore("jdbc:sqlite:" + absolute, absolute.toString());
    }

    /** A store that lives in memory only. */
    public static SqliteKeyStore inMemory() {
        return new SqliteKeyStore("jdbc:sqlite::memory:", "the in-memory key database");
    }

    @Override
    public synchronized void createKey(StoredKey key) {
        requireVersion(key.version() == 1);
        cachedKeys.remove(cacheKey(key.account(), key.keyId()));
        String sql = "INSERT INTO keys (" + KEY_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bindKey(statement, key);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw conflictOrUnavailable(e, "Key " + key.keyId() + " exists already");
        }
    }

    @Override
    public Optional<StoredKey> findKey(String account, String keyId) {
        StoredKey cached = cachedKeys.get(cacheKey(account, keyId));
        return cached != null ? Optional.of(cached) : readKey(account, keyId);
    }

    private synchronized Optional<StoredKey> readKey(String account, String keyId) {
        try {
            PreparedStatement statement = reused(FIND_KEY);
            statement.setString(1, account);
            statement.setString(2, keyId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                StoredKey key = readKey(rows);
                cache(cachedKeys, cacheKey(account, keyId), key);
                return Optional.of(key);
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("Key lookup failed", e);
        }
    }

    /**
     * Drops every row held in memory, so that the next reads go to the database: for when it was changed by another
     * process (a repair, a test), which this store does not see otherwise.
     */
    public synchronized void forgetCachedRows() {
        cachedKeys.clear();
        cachedAliases.clear();
    }

    private static String cacheKey(String account, String id) {
        return account + '/' + id;
    }

    private static <T> void cache(Map<String, T> cache, String key, T value) {
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(key, value);
    }

    @Override
    public synchronized void replaceKey(StoredKey updated) {
        cachedKeys.remove(cacheKey(updated.account(), updated.keyId()));
        String sql = "UPDATE keys SET key_arn=?, key_usage=?, key_class=?, key_algorithm=?, modes_of_use=?, kcv=?, "
                + "kcv_algorithm=?, enabled=?, exportable=?, key_state=?, key_origin=?, create_ts=?, usage_start_ts=?, "
                + "usage_stop_ts=?, delete_pending_ts=?, delete_ts=?, derive_key_usage=?, tags=?, key_block=?, version=?, "
                + "replication=? "
                + "WHERE account=? AND key_id=? AND version=?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = bindKeyValues(statement, updated, 1);
            statement.setString(i++, updated.account());
            statement.setString(i++, updated.keyId());
            statement.setLong(i, updated.version() - 1);
            if (statement.executeUpdate() != 1) {
                throw new StoreConflictException("Key " + updated.keyId() + " changed since it was read");
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("Key update failed", e);
        }
    }

    @Override
    public synchronized boolean deleteKey(String account, String keyId) {
        cachedKeys.remove(cacheKey(account, keyId));
        return update("DELETE FROM keys WHERE account = ? AND key_id = ?", account, keyId) == 1;
    }

    @Override
    public synchronized Page<StoredKey> listKeys(String account, KeyState state, int maxResults, String pageToken) {
        String after = PageTokens.decode("keys", pageToken);
        String sql = "SELECT " + KEY_COLUMNS + " FROM keys WHERE account = ? AND key_id > ?"
                + (state == null ? "" : " AND key_state = ?") + " ORDER BY key_id LIMIT ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            statement.setString(i++, account);
            statement.setString(i++, after == null ? "" : after);
            if (state != null) {
                statement.setString(i++, state.name());
            }
            statement.setInt(i, maxResults + 1);
            List<StoredKey> keys = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    keys.add(readKey(rows));
                }
            }
            return Page.of(keys, maxResults, "keys", StoredKey::keyId);
        } catch (SQLException e) {
            throw new StoreUnavailableException("Key listing failed", e);
        }
    }

    @Override
    public synchronized List<String> defaultReplicationRegions(String account) {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT default_replication_regions FROM account_settings WHERE account = ?")) {
            statement.setString(1, account);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? regions(rows.getString(1)) : List.of();
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("Account settings lookup failed", e);
        }
    }

    @Override
    public synchronized void setDefaultReplicationRegions(String account, List<String> regions) {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO account_settings "
                + "(account, default_replication_regions) VALUES (?, ?) "
                + "ON CONFLICT(account) DO UPDATE SET default_replication_regions = excluded.default_replication_regions")) {
            statement.setString(1, account);
            statement.setString(2, String.join(",", regions));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreUnavailableException("Account settings update failed", e);
        }
    }

    private static List<String> regions(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    @Override
    public synchronized List<StoredKey> findDueForPurge(Instant now, int limit) {
        String sql = "SELECT " + KEY_COLUMNS + " FROM keys WHERE key_state = ? AND delete_pending_ts <= ? "
                + "ORDER BY delete_pending_ts LIMIT ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, KeyState.DELETE_PENDING.name());
            setInstant(statement, 2, now);
            statement.setInt(3, limit);
            List<StoredKey> keys = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    keys.add(readKey(rows));
                }
            }
            return keys;
        } catch (SQLException e) {
            throw new StoreUnavailableException("Due key listing failed", e);
        }
    }

    @Override
    public synchronized void createAlias(AliasRecord alias) {
        requireVersion(alias.version() == 1);
        cachedAliases.remove(cacheKey(alias.account(), alias.aliasName()));
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO aliases (account, alias_name, key_arn, version) VALUES (?,?,?,?)")) {
            statement.setString(1, alias.account());
            statement.setString(2, alias.aliasName());
            statement.setString(3, alias.keyArn());
            statement.setLong(4, alias.version());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw conflictOrUnavailable(e, "Alias " + alias.aliasName() + " exists already");
        }
    }

    @Override
    public Optional<AliasRecord> findAlias(String account, String aliasName) {
        AliasRecord cached = cachedAliases.get(cacheKey(account, aliasName));
        return cached != null ? Optional.of(cached) : readAlias(account, aliasName);
    }

    private synchronized Optional<AliasRecord> readAlias(String account, String aliasName) {
        try {
            PreparedStatement statement = reused(FIND_ALIAS);
            statement.setString(1, account);
            statement.setString(2, aliasName);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                AliasRecord alias = readAlias(rows);
                cache(cachedAliases, cacheKey(account, aliasName), alias);
                return Optional.of(alias);
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("Alias lookup failed", e);
        }
    }

    @Override
    public synchronized void replaceAlias(AliasRecord updated) {
        cachedAliases.remove(cacheKey(updated.account(), updated.aliasName()));
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE aliases SET key_arn = ?, version = ? WHERE account = ? AND alias_name = ? AND version = ?")) {
            statement.setString(1, updated.keyArn());
            statement.setLong(2, updated.version());
            statement.setString(3, updated.account());
            statement.setString(4, updated.aliasName());
            statement.setLong(5, updated.version() - 1);
            if (statement.executeUpdate() != 1) {
                throw new StoreConflictException("Alias " + updated.aliasName() + " changed since it was read");
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("Alias update failed", e);
        }
    }

    @Override
    public synchronized boolean deleteAlias(String account, String aliasName) {
        cachedAliases.remove(cacheKey(account, aliasName));
        return update("DELETE FROM aliases WHERE account = ? AND alias_name = ?", account, aliasName) == 1;
    }

    @Override
    public synchronized Page<AliasRecord> listAliases(String account, String keyArn, int maxResults, String pageToken) {
        String after = PageTokens.decode("aliases", pageToken);
        String sql = "SELECT account, alias_name, key_arn, version FROM aliases WHERE account = ? AND alias_name > ?"
                + (keyArn == null ? "" : " AND key_arn = ?") + " ORDER BY alias_name LIMIT ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            statement.setString(i++, account);
            statement.setString(i++, after == null ? "" : after);
            if (keyArn != null) {
                statement.setString(i++, keyArn);
            }
            statement.setInt(i, maxResults + 1);
            List<AliasRecord> aliases = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    aliases.add(readAlias(rows));
                }
            }
            return Page.of(aliases, maxResults, "aliases", AliasRecord::aliasName);
        } catch (SQLException e) {
            throw new StoreUnavailableException("Alias listing failed", e);
        }
    }

    @Override
    public synchronized boolean putSealedRecordIfAbsent(SealedRecord record) {
        try (PreparedStatement statement = connection.prepareStatement("INSERT OR IGNORE INTO sealed_records "
                + "(account, kind, id, sealed_block, public_data, expires_at) VALUES (?,?,?,?,?,?)")) {
            statement.setString(1, record.account());
            statement.setString(2, record.kind().name());
            statement.setString(3, record.id());
            statement.setString(4, record.sealedBlock());
            statement.setString(5, record.publicData());
            setInstant(statement, 6, record.expiresAt());
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreUnavailableException("Sealed record write failed", e);
        }
    }

    @Override
    public synchronized Optional<SealedRecord> findSealedRecord(String account, SealedRecord.Kind kind, String id) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT sealed_block, public_data, expires_at "
                + "FROM sealed_records WHERE account = ? AND kind = ? AND id = ?")) {
            statement.setString(1, account);
            statement.setString(2, kind.name());
            statement.setString(3, id);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new SealedRecord(account, kind, id, rows.getString(1), rows.getString(2),
                        instant(rows, 3)));
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("Sealed record lookup failed", e);
        }
    }

    @Override
    public synchronized boolean deleteSealedRecord(String account, SealedRecord.Kind kind, String id) {
        return update("DELETE FROM sealed_records WHERE account = ? AND kind = ? AND id = ?", account, kind.name(), id)
                == 1;
    }

    @Override
    public synchronized Optional<String> masterKeyCheckValue() {
        return firstString("SELECT check_value FROM master_key WHERE id = 1");
    }

    @Override
    public synchronized boolean storeMasterKeyCheckValueIfAbsent(String checkValue) {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT OR IGNORE INTO master_key (id, check_value) VALUES (1, ?)")) {
            statement.setString(1, checkValue);
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreUnavailableException("Master key check value write failed", e);
        }
    }

    @Override
    public synchronized Optional<String> anySealedBlock() {
        // a sealed record may be a pointer with an empty block (ExchangeTokens' last-issued token)
        return firstString("SELECT key_block FROM keys WHERE key_block <> '' LIMIT 1")
                .or(() -> firstString("SELECT sealed_block FROM sealed_records WHERE sealed_block <> '' LIMIT 1"));
    }

    @Override
    public synchronized boolean isNew() {
        return firstString("SELECT 'used' WHERE EXISTS (SELECT 1 FROM keys) OR EXISTS (SELECT 1 FROM aliases) "
                + "OR EXISTS (SELECT 1 FROM sealed_records) OR EXISTS (SELECT 1 FROM master_key)").isEmpty();
    }

    @Override
    public String location() {
        return location;
    }

    private Optional<String> firstString(String sql) {
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new StoreUnavailableException("Key database lookup failed", e);
        }
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
            throw new StoreUnavailableException("Closing the key database failed", e);
        }
    }

    private PreparedStatement reused(String sql) throws SQLException {
        PreparedStatement statement = prepared.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            prepared.put(sql, statement);
        }
        return statement;
    }

    private static Map<String, Integer> columnIndex(String columns) {
        Map<String, Integer> index = new HashMap<>();
        String[] names = columns.split(",");
        for (int i = 0; i < names.length; i++) {
            index.put(names[i].trim(), i + 1);
        }
        return Map.copyOf(index);
    }

    private static int column(String name) {
        return KEY_COLUMN_INDEX.get(name);
    }

    private int update(String sql, String... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreUnavailableException("Key database write failed", e);
        }
    }

    private static void bindKey(PreparedStatement statement, StoredKey key) throws SQLException {
        statement.setString(1, key.account());
        statement.setString(2, key.keyId());
        bindKeyValues(statement, key, 3);
    }

    /** Binds every column after the primary key, in {@link #KEY_COLUMNS} order; returns the next index. */
    private static int bindKeyValues(PreparedStatement s, StoredKey key, int start) throws SQLException {
        int i = start;
        KeyAttributes attributes = key.attributes();
        s.setString(i++, key.keyArn());
        s.setString(i++, attributes.keyUsage().name());
        s.setString(i++, attributes.keyClass().name());
        s.setString(i++, attributes.keyAlgorithm().name());
        s.setString(i++, String.valueOf(attributes.keyModesOfUse().tr31ModeOfUse()));
        s.setString(i++, key.keyCheckValue());
        s.setString(i++, key.keyCheckValueAlgorithm().name());
        s.setInt(i++, key.enabled() ? 1 : 0);
        s.setInt(i++, key.exportable() ? 1 : 0);
        s.setString(i++, key.keyState().name());
        s.setString(i++, key.keyOrigin().name());
        setInstant(s, i++, key.createTimestamp());
        setInstant(s, i++, key.usageStartTimestamp());
        setInstant(s, i++, key.usageStopTimestamp());
        setInstant(s, i++, key.deletePendingTimestamp());
        setInstant(s, i++, key.deleteTimestamp());
        s.setString(i++, key.deriveKeyUsage() == null ? null : key.deriveKeyUsage().name());
        s.setString(i++, TagCodec.encode(key.tags()));
        s.setString(i++, key.keyBlock());
        s.setLong(i++, key.version());
        s.setString(i++, key.replication() == null ? null : key.replication().encode());
        return i;
    }

    private static StoredKey readKey(ResultSet rows) throws SQLException {
        String derive = rows.getString(column("derive_key_usage"));
        return StoredKey.builder()
                .account(rows.getString(column("account")))
                .keyId(rows.getString(column("key_id")))
                .keyArn(rows.getString(column("key_arn")))
                .attributes(new KeyAttributes(KeyUsage.valueOf(rows.getString(column("key_usage"))),
                        KeyClass.valueOf(rows.getString(column("key_class"))),
                        KeyAlgorithm.valueOf(rows.getString(column("key_algorithm"))),
                        KeyModesOfUse.fromTr31ModeOfUse(rows.getString(column("modes_of_use")).charAt(0))))
                .keyCheckValue(rows.getString(column("kcv")))
                .keyCheckValueAlgorithm(KeyCheckValueAlgorithm.valueOf(rows.getString(column("kcv_algorithm"))))
                .enabled(rows.getInt(column("enabled")) == 1)
                .exportable(rows.getInt(column("exportable")) == 1)
                .keyState(KeyState.valueOf(rows.getString(column("key_state"))))
                .keyOrigin(KeyOrigin.valueOf(rows.getString(column("key_origin"))))
                .createTimestamp(instant(rows, column("create_ts")))
                .usageStartTimestamp(instant(rows, column("usage_start_ts")))
                .usageStopTimestamp(instant(rows, column("usage_stop_ts")))
                .deletePendingTimestamp(instant(rows, column("delete_pending_ts")))
                .deleteTimestamp(instant(rows, column("delete_ts")))
                .deriveKeyUsage(derive == null ? null : KeyUsage.valueOf(derive))
                .tags(TagCodec.decode(rows.getString(column("tags"))))
                .keyBlock(rows.getString(column("key_block")))
                .version(rows.getLong(column("version")))
                .replication(rows.getString(column("replication")) == null ? null
                        : KeyReplication.decode(rows.getString(column("replication"))))
                .build();
    }

    private static AliasRecord readAlias(ResultSet rows) throws SQLException {
        return new AliasRecord(rows.getString(1), rows.getString(2), rows.getString(3), rows.getLong(4));
    }

    private static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value.toEpochMilli());
        }
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : Instant.ofEpochMilli(value);
    }

    private static void requireVersion(boolean ok) {
        if (!ok) {
            throw new IllegalArgumentException("A new item starts at version 1");
        }
    }

    private static RuntimeException conflictOrUnavailable(SQLException e, String conflictMessage) {
        if (e.getMessage() != null && e.getMessage().contains("CONSTRAINT")) {
            return new StoreConflictException(conflictMessage);
        }
        return new StoreUnavailableException("Key database write failed", e);
    }
}
