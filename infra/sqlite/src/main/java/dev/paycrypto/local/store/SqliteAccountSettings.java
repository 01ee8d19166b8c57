package dev.paycrypto.local.store;

import dev.paycrypto.keys.store.AccountSettingsRepository;
import dev.paycrypto.keys.store.RegionListCodec;
import java.util.List;

/** Account settings in the table {@code account_settings}, one row per account, overwritten. */
final class SqliteAccountSettings implements AccountSettingsRepository {

    private final SqliteDatabase database;

    SqliteAccountSettings(SqliteDatabase database) {
        this.database = database;
        database.execute("CREATE TABLE IF NOT EXISTS account_settings (account TEXT NOT NULL PRIMARY KEY, "
                + "default_replication_regions TEXT NOT NULL)");
    }

    @Override
    public List<String> defaultReplicationRegions(String account) {
        return database.queryFirst("SELECT default_replication_regions FROM account_settings WHERE account = ?",
                p -> p.text(account), SqlRow::text).map(RegionListCodec::decode).orElse(List.of());
    }

    @Override
    public void setDefaultReplicationRegions(String account, List<String> regions) {
        database.update("INSERT INTO account_settings (account, default_replication_regions) VALUES (?, ?) "
                + "ON CONFLICT(account) DO UPDATE SET default_replication_regions = excluded.default_replication_regions",
                p -> p.text(account).text(RegionListCodec.encode(regions)));
    }
}
