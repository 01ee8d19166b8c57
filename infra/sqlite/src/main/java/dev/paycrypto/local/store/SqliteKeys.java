package dev.paycrypto.local.store;

import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyCheckValueAlgorithm;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.keys.KeyOrigin;
import dev.paycrypto.keys.KeyReplication;
import dev.paycrypto.keys.KeyState;
import dev.paycrypto.keys.KeyUsage;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.keys.store.KeyRepository;
import dev.paycrypto.keys.store.Page;
import dev.paycrypto.keys.store.TagCodec;
import dev.paycrypto.keys.store.Versions;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keys in the table {@code keys}, one row each under (account, key id), versioned: an insert fails on an existing
 * row, an update is conditional on the version read. Rows served are kept in a {@link RowCache}.
 */
final class SqliteKeys implements KeyRepository {

    /** The columns after the primary key, in the order rows are written and read. */
    private static final List<String> VALUE_COLUMNS = List.of("key_arn", "key_usage", "key_class", "key_algorithm",
            "modes_of_use", "kcv", "kcv_algorithm", "enabled", "exportable", "key_state", "key_origin", "create_ts",
            "usage_start_ts", "usage_stop_ts", "delete_pending_ts", "delete_ts", "derive_key_usage", "tags",
            "key_block", "version", "replication");
    private static final String COLUMNS = "account, key_id, " + String.join(", ", VALUE_COLUMNS);
    private static final String SELECT = "SELECT " + COLUMNS + " FROM keys";
    private static final String FIND = SELECT + " WHERE account = ? AND key_id = ?";
    private static final String INSERT = "INSERT INTO keys (" + COLUMNS + ") VALUES ("
            + "?, ".repeat(VALUE_COLUMNS.size() + 1) + "?)";
    private static final String UPDATE = "UPDATE keys SET "
            + VALUE_COLUMNS.stream().map(column -> column + " = ?").collect(Collectors.joining(", "))
            + " WHERE account = ? AND key_id = ? AND version = ?";
    private static final String DUE = SELECT + " WHERE key_state = ? AND delete_pending_ts <= ? "
            + "ORDER BY delete_pending_ts LIMIT ?";
    private static final AccountListing<StoredKey> LISTING =
            new AccountListing<>("keys", SELECT, "key_id", SqliteKeys::read, StoredKey::keyId);

    private final SqliteDatabase database;
    private final RowCache<StoredKey> cache;

    SqliteKeys(SqliteDatabase database) {
        this.database = database;
        this.cache = new RowCache<>(database);
        database.execute("CREATE TABLE IF NOT EXISTS keys (account TEXT NOT NULL, key_id TEXT NOT NULL, "
                + "key_arn TEXT NOT NULL, key_usage TEXT NOT NULL, key_class TEXT NOT NULL, "
                + "key_algorithm TEXT NOT NULL, modes_of_use TEXT NOT NULL, kcv TEXT NOT NULL, "
                + "kcv_algorithm TEXT NOT NULL, enabled INTEGER NOT NULL, exportable INTEGER NOT NULL, "
                + "key_state TEXT NOT NULL, key_origin TEXT NOT NULL, create_ts INTEGER NOT NULL, "
                + "usage_start_ts INTEGER, usage_stop_ts INTEGER, delete_pending_ts INTEGER, delete_ts INTEGER, "
                + "derive_key_usage TEXT, tags TEXT NOT NULL, key_block TEXT NOT NULL, version INTEGER NOT NULL, "
                + "replication TEXT, PRIMARY KEY (account, key_id))");
        database.addColumnIfMissing("keys", "replication", "TEXT");
    }

    @Override
    public void createKey(StoredKey key) {
        Versions.requireFirst(key.version());
        cache.write(key.account(), key.keyId(), () -> database.insert(INSERT,
                p -> bindValues(p.text(key.account()).text(key.keyId()), key), "Key " + key.keyId()));
    }

    @Override
    public Optional<StoredKey> findKey(String account, String keyId) {
        return cache.find(account, keyId, () -> database.queryFirst(FIND, p -> p.text(account).text(keyId),
                SqliteKeys::read));
    }

    @Override
    public void replaceKey(StoredKey updated) {
        cache.write(updated.account(), updated.keyId(), () -> database.updateOne(UPDATE,
                p -> bindValues(p, updated).text(updated.account()).text(updated.keyId()).number(updated.version() - 1),
                "Key " + updated.keyId()));
    }

    @Override
    public boolean deleteKey(String account, String keyId) {
        return cache.delete(account, keyId, () -> database.update("DELETE FROM keys WHERE account = ? AND key_id = ?",
                p -> p.text(account).text(keyId)) == 1);
    }

    @Override
    public Page<StoredKey> listKeys(String account, KeyState state, int maxResults, String pageToken) {
        return LISTING.page(database, account, "key_state", state == null ? null : state.name(), maxResults,
                pageToken);
    }

    @Override
    public List<StoredKey> findDueForPurge(Instant now, int limit) {
        return database.query(DUE, p -> p.name(KeyState.DELETE_PENDING).instant(now).number(limit), SqliteKeys::read);
    }

    /** Forgets the rows held in memory (after the database was changed by another process: a repair, a test). */
    void forgetCachedRows() {
        cache.forget();
    }

    /** Binds {@link #VALUE_COLUMNS} in order. */
    private static SqlParameters bindValues(SqlParameters p, StoredKey key) throws SQLException {
        KeyAttributes attributes = key.attributes();
        return p.text(key.keyArn()).name(attributes.keyUsage()).name(attributes.keyClass())
                .name(attributes.keyAlgorithm()).text(String.valueOf(attributes.keyModesOfUse().tr31ModeOfUse()))
                .text(key.keyCheckValue()).name(key.keyCheckValueAlgorithm())
                .flag(key.enabled()).flag(key.exportable())
                .name(key.keyState()).name(key.keyOrigin())
                .instant(key.createTimestamp()).instant(key.usageStartTimestamp()).instant(key.usageStopTimestamp())
                .instant(key.deletePendingTimestamp()).instant(key.deleteTimestamp())
                .name(key.deriveKeyUsage())
                .text(TagCodec.encode(key.tags())).text(key.keyBlock()).number(key.version())
                .text(key.replication() == null ? null : key.replication().encode());
    }

    /** Reads a row of {@link #COLUMNS}, in that order (Java evaluates the calls below left to right). */
    private static StoredKey read(SqlRow row) throws SQLException {
        return StoredKey.builder()
                .account(row.text())
                .keyId(row.text())
                .keyArn(row.text())
                .attributes(new KeyAttributes(KeyUsage.valueOf(row.text()), KeyClass.valueOf(row.text()),
                        KeyAlgorithm.valueOf(row.text()), KeyModesOfUse.fromTr31ModeOfUse(row.text().charAt(0))))
                .keyCheckValue(row.text())
                .keyCheckValueAlgorithm(KeyCheckValueAlgorithm.valueOf(row.text()))
                .enabled(row.flag())
                .exportable(row.flag())
                .keyState(KeyState.valueOf(row.text()))
                .keyOrigin(KeyOrigin.valueOf(row.text()))
                .createTimestamp(row.instant())
                .usageStartTimestamp(row.instant())
                .usageStopTimestamp(row.instant())
                .deletePendingTimestamp(row.instant())
                .deleteTimestamp(row.instant())
                .deriveKeyUsage(orNull(row.text(), KeyUsage::valueOf))
                .tags(TagCodec.decode(row.text()))
                .keyBlock(row.text())
                .version(row.number())
                .replication(orNull(row.text(), KeyReplication::decode))
                .build();
    }

    private static <T> T orNull(String text, Function<String, T> decode) {
        return text == null ? null : decode.apply(text);
    }
}
