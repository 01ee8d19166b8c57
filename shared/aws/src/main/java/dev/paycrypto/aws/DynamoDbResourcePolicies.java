package dev.paycrypto.aws;

import static dev.paycrypto.aws.KeyTable.partition;

import dev.paycrypto.keys.store.ResourcePolicyRepository;
import java.util.Optional;

/**
 * Resource policies in the key table: one item per key at {@code ACCOUNT#<account>}/{@code POLICY#<key id>},
 * overwritten by a put (the prefix keeps them out of the key and alias listings).
 */
final class DynamoDbResourcePolicies implements ResourcePolicyRepository {

    private static final String PREFIX = "POLICY#";
    private static final String POLICY = "policy";

    private final KeyTable table;

    DynamoDbResourcePolicies(KeyTable table) {
        this.table = table;
    }

    @Override
    public Optional<String> findResourcePolicy(String account, String keyId) {
        return table.get(partition(account), PREFIX + keyId).map(item -> item.getString(POLICY));
    }

    @Override
    public void putResourcePolicy(String account, String keyId, String policy) {
        table.put(KeyTable.item(partition(account), PREFIX + keyId).putString(POLICY, policy).build());
    }

    @Override
    public boolean deleteResourcePolicy(String account, String keyId) {
        return table.delete(partition(account), PREFIX + keyId);
    }
}
