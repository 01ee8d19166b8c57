package dev.paycrypto.local.store;

import dev.paycrypto.keys.store.AliasRecord;
import dev.paycrypto.keys.store.AliasRepository;
import dev.paycrypto.keys.store.Page;
import dev.paycrypto.keys.store.Versions;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Aliases in the table {@code aliases}, one row each under (account, alias name), versioned like keys; an
 * unassigned alias has a null {@code key_arn}. Rows served are kept in a {@link RowCache}.
 */
final class SqliteAliases implements AliasRepository {

    private static final String SELECT = "SELECT account, alias_name, key_arn, version FROM aliases";
    private static final AccountListing<AliasRecord> LISTING =
            new AccountListing<>("aliases", SELECT, "alias_name", SqliteAliases::read, AliasRecord::aliasName);

    private final SqliteDatabase database;
    private final RowCache<AliasRecord> cache;

    SqliteAliases(SqliteDatabase database) {
        this.database = database;
        this.cache = new RowCache<>(database);
        database.execute("CREATE TABLE IF NOT EXISTS aliases (account TEXT NOT NULL, alias_name TEXT NOT NULL, "
                + "key_arn TEXT, version INTEGER NOT NULL, PRIMARY KEY (account, alias_name))");
    }

    @Override
    public void createAlias(AliasRecord alias) {
        Versions.requireFirst(alias.version());
        cache.write(alias.account(), alias.aliasName(), () -> database.insert(
                "INSERT INTO aliases (account, alias_name, key_arn, version) VALUES (?, ?, ?, ?)",
                p -> p.text(alias.account()).text(alias.aliasName()).text(alias.keyArn()).number(alias.version()),
                "Alias " + alias.aliasName()));
    }

    @Override
    public Optional<AliasRecord> findAlias(String account, String aliasName) {
        return cache.find(account, aliasName, () -> database.queryFirst(
                SELECT + " WHERE account = ? AND alias_name = ?", p -> p.text(account).text(aliasName),
                SqliteAliases::read));
    }

    @Override
    public void replaceAlias(AliasRecord updated) {
        cache.write(updated.account(), updated.aliasName(), () -> database.updateOne(
                "UPDATE aliases SET key_arn = ?, version = ? WHERE account = ? AND alias_name = ? AND version = ?",
                p -> p.text(updated.keyArn()).number(updated.version()).text(updated.account())
                        .text(updated.aliasName()).number(updated.version() - 1), "Alias " + updated.aliasName()));
    }

    @Override
    public boolean deleteAlias(String account, String aliasName) {
        return cache.delete(account, aliasName, () -> database.update(
                "DELETE FROM aliases WHERE account = ? AND alias_name = ?", p -> p.text(account).text(aliasName)) == 1);
    }

    @Override
    public Page<AliasRecord> listAliases(String account, String keyArn, int maxResults, String pageToken) {
        return LISTING.page(database, account, "key_arn", keyArn, maxResults, pageToken);
    }

    void forgetCachedRows() {
        cache.forget();
    }

    private static AliasRecord read(SqlRow row) throws SQLException {
        return new AliasRecord(row.text(), row.text(), row.text(), row.number());
    }
}
