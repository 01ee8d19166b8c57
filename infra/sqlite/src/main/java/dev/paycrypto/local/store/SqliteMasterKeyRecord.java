package dev.paycrypto.local.store;

import dev.paycrypto.keys.MasterKeyRecord;
import java.util.Optional;

/**
 * What a key database records about its master key, in the table {@code master_key} (at most one row, id 1;
 * databases of earlier versions gain the table, empty), and what the guard asks of the whole database: whether it
 * holds a sealed block, whether it holds anything at all.
 */
final class SqliteMasterKeyRecord implements MasterKeyRecord {

    private final SqliteDatabase database;

    SqliteMasterKeyRecord(SqliteDatabase database) {
        this.database = database;
        database.execute("CREATE TABLE IF NOT EXISTS master_key (id INTEGER PRIMARY KEY CHECK (id = 1), "
                + "check_value TEXT NOT NULL)");
    }

    @Override
    public Optional<String> masterKeyCheckValue() {
        return database.queryFirst("SELECT check_value FROM master_key WHERE id = 1", SqlRow::text);
    }

    @Override
    public boolean storeMasterKeyCheckValueIfAbsent(String checkValue) {
        return database.update("INSERT OR IGNORE INTO master_key (id, check_value) VALUES (1, ?)",
                p -> p.text(checkValue)) == 1;
    }

    @Override
    public Optional<String> anySealedBlock() {
        // a sealed record may be a pointer with an empty block (ExchangeTokens' last-issued token)
        return database.queryFirst("SELECT key_block FROM keys WHERE key_block <> '' LIMIT 1", SqlRow::text)
                .or(() -> database.queryFirst("SELECT sealed_block FROM sealed_records WHERE sealed_block <> '' "
                        + "LIMIT 1", SqlRow::text));
    }

    @Override
    public boolean isNew() {
        return database.queryFirst("SELECT 'used' WHERE EXISTS (SELECT 1 FROM keys) OR EXISTS (SELECT 1 FROM aliases) "
                + "OR EXISTS (SELECT 1 FROM sealed_records) OR EXISTS (SELECT 1 FROM master_key)", SqlRow::text)
                .isEmpty();
    }

    @Override
    public String location() {
        return database.location();
    }
}
