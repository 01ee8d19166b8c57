package dev.paycrypto.local.store;

import dev.paycrypto.keys.MasterKeyRecord;
import dev.paycrypto.keys.store.ComposedKeyStore;
import dev.paycrypto.keys.store.StoreConflictException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The embedded key store of the local runtime: one SQLite database per Region, one table per record kind (keys,
 * aliases, sealed records, account settings, resource policies, multi-party approval associations and sessions)
 * and one row recording the master key's check value, each kept by its own part over the shared {@link SqliteDatabase}. Every write is one statement, conditional on the row's absence
 * or version, so a lost race changes nothing and reports {@link StoreConflictException}. One connection serves all
 * threads, one statement at a time. A database file is only readable by its owner (0600).
 */
public final class SqliteKeyStore extends ComposedKeyStore implements MasterKeyRecord, AutoCloseable {

    private final SqliteDatabase database;
    private final SqliteKeys keys;
    private final SqliteAliases aliases;
    private final SqliteMasterKeyRecord masterKeyRecord;

    private SqliteKeyStore(SqliteDatabase database, SqliteKeys keys, SqliteAliases aliases) {
        super(keys, aliases, new SqliteSealedRecords(database), new SqliteAccountSettings(database),
                new SqliteResourcePolicies(database), new SqliteMpa(database));
        this.database = database;
        this.keys = keys;
        this.aliases = aliases;
        this.masterKeyRecord = new SqliteMasterKeyRecord(database);
    }

    private static SqliteKeyStore over(SqliteDatabase database) {
        return new SqliteKeyStore(database, new SqliteKeys(database), new SqliteAliases(database));
    }

    /**
     * A store in a database file, created if absent with mode 0600 (its -wal and -shm files follow that mode); an
     * existing file and its siblings are narrowed to 0600. A database of an earlier version is brought up to date.
     */
    public static SqliteKeyStore open(Path file) {
        return over(SqliteDatabase.open(file));
    }

    /** A store that lives in memory only. */
    public static SqliteKeyStore inMemory() {
        return over(SqliteDatabase.inMemory("the in-memory key database"));
    }

    /**
     * Drops every row held in memory, so that the next reads go to the database: for when it was changed by another
     * process (a repair, a test), which this store does not see otherwise.
     */
    public void forgetCachedRows() {
        keys.forgetCachedRows();
        aliases.forgetCachedRows();
    }

    @Override
    public Optional<String> masterKeyCheckValue() {
        return masterKeyRecord.masterKeyCheckValue();
    }

    @Override
    public boolean storeMasterKeyCheckValueIfAbsent(String checkValue) {
        return masterKeyRecord.storeMasterKeyCheckValueIfAbsent(checkValue);
    }

    @Override
    public Optional<String> anySealedBlock() {
        return masterKeyRecord.anySealedBlock();
    }

    @Override
    public boolean isNew() {
        return masterKeyRecord.isNew();
    }

    @Override
    public String location() {
        return masterKeyRecord.location();
    }

    @Override
    public void close() {
        database.close();
    }
}
