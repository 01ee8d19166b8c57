package dev.paycrypto.local.store;

import dev.paycrypto.keys.store.ResourcePolicyRepository;
import java.util.Optional;

/** Resource policies in the table {@code resource_policies}, one row per key under (account, key id), overwritten. */
final class SqliteResourcePolicies implements ResourcePolicyRepository {

    private final SqliteDatabase database;

    SqliteResourcePolicies(SqliteDatabase database) {
        this.database = database;
        database.execute("CREATE TABLE IF NOT EXISTS resource_policies (account TEXT NOT NULL, key_id TEXT NOT NULL, "
                + "policy TEXT NOT NULL, PRIMARY KEY (account, key_id))");
    }

    @Override
    public Optional<String> findResourcePolicy(String account, String keyId) {
        return database.queryFirst("SELECT policy FROM resource_policies WHERE account = ? AND key_id = ?",
                p -> p.text(account).text(keyId), SqlRow::text);
    }

    @Override
    public void putResourcePolicy(String account, String keyId, String policy) {
        database.update("INSERT INTO resource_policies (account, key_id, policy) VALUES (?, ?, ?) "
                + "ON CONFLICT(account, key_id) DO UPDATE SET policy = excluded.policy",
                p -> p.text(account).text(keyId).text(policy));
    }

    @Override
    public boolean deleteResourcePolicy(String account, String keyId) {
        return database.update("DELETE FROM resource_policies WHERE account = ? AND key_id = ?",
                p -> p.text(account).text(keyId)) == 1;
    }
}
