package dev.paycrypto.local.store;

import dev.paycrypto.keys.MasterKeyRecord;
import dev.paycrypto.keys.store.KeyStore;
import dev.paycrypto.keys.store.MasterKeyRecordContractTest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The master-key record contract against the SQLite adapter, a new database file per test. */
class SqliteMasterKeyRecordTest extends MasterKeyRecordContractTest {

    @TempDir
    Path directory;
    private SqliteKeyStore store;

    @BeforeEach
    void open() {
        store = SqliteKeyStore.open(directory.resolve("keys.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Override
    protected KeyStore keyStore() {
        return store;
    }

    @Override
    protected MasterKeyRecord record() {
        return store;
    }
}
