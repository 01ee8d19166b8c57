package dev.paycrypto.aws;

import static dev.paycrypto.aws.KeyTable.partition;

import dev.paycrypto.keys.store.AccountSettingsRepository;
import dev.paycrypto.keys.store.RegionListCodec;
import java.util.List;

/** An account's settings in the key table: one item at {@code ACCOUNT#<account>}/{@code SETTINGS}, overwritten. */
final class DynamoDbAccountSettings implements AccountSettingsRepository {

    private static final String SORT_KEY = "SETTINGS";
    private static final String REGIONS = "defaultReplicationRegions";

    private final KeyTable table;

    DynamoDbAccountSettings(KeyTable table) {
        this.table = table;
    }

    @Override
    public List<String> defaultReplicationRegions(String account) {
        return table.get(partition(account), SORT_KEY).map(item -> RegionListCodec.decode(item.getString(REGIONS)))
                .orElse(List.of());
    }

    @Override
    public void setDefaultReplicationRegions(String account, List<String> regions) {
        table.put(KeyTable.item(partition(account), SORT_KEY).putString(REGIONS, RegionListCodec.encode(regions))
                .build());
    }
}
