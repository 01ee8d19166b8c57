package dev.paycrypto.aws;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Where the KMS-encrypted storage key of a key table lives, {@code SYSTEM}/{@code MASTER_KEY}, and its check value,
 * {@code SYSTEM}/{@code MASTER_KEY_CHECK}: one item each, written once. The check value has an item of its own so
 * that it outlives a deleted key item, which is then refused instead of replaced.
 */
final class DynamoDbMasterKeyItems implements EncryptedMasterKeyRepository {

    /** The partition of the table's own items, apart from every account's. */
    private static final String SYSTEM = "SYSTEM";
    private static final String MASTER_KEY = "MASTER_KEY";
    private static final String MASTER_KEY_CHECK = "MASTER_KEY_CHECK";
    private static final AttributeValue KEYS = AttributeValue.fromS(DynamoDbKeys.PREFIX);
    private static final AttributeValue SEALED = AttributeValue.fromS(DynamoDbSealedRecords.PREFIX);

    private final KeyTable table;

    DynamoDbMasterKeyItems(KeyTable table) {
        this.table = table;
    }

    @Override
    public Optional<byte[]> load() {
        return table.get(SYSTEM, MASTER_KEY).map(item -> Base64.getDecoder().decode(item.getString("encryptedKey")));
    }

    @Override
    public boolean storeIfAbsent(byte[] encryptedKey) {
        return table.putIfAbsent(KeyTable.item(SYSTEM, MASTER_KEY)
                .putString("encryptedKey", Base64.getEncoder().encodeToString(encryptedKey)).build());
    }

    @Override
    public String encryptedKeyLocation() {
        return "item " + SYSTEM + "/" + MASTER_KEY + " of DynamoDB table " + table.name();
    }

    @Override
    public Optional<String> masterKeyCheckValue() {
        return table.get(SYSTEM, MASTER_KEY_CHECK).map(item -> item.getString("checkValue"));
    }

    @Override
    public boolean storeMasterKeyCheckValueIfAbsent(String checkValue) {
        return table.putIfAbsent(KeyTable.item(SYSTEM, MASTER_KEY_CHECK).putString("checkValue", checkValue).build());
    }

    /**
     * A scan, stopping at the first key or sealed record with a block: asked only until a check value is recorded
     * (a new table, or one of an earlier version), so at most once per table in practice.
     */
    @Override
    public Optional<String> anySealedBlock() {
        Expression sealed = accountItems("(begins_with(sk, :key) AND size(keyBlock) > :none) "
                + "OR (begins_with(sk, :sealed) AND size(sealedBlock) > :none)", Map.of(":key", KEYS,
                ":sealed", SEALED, ":none", AttributeValue.fromN("0")));
        return table.scanFirst(sealed, DynamoDbKeys.BLOCK, DynamoDbSealedRecords.BLOCK)
                .map(item -> item.getString(KeyTable.SK).startsWith(DynamoDbKeys.PREFIX)
                        ? item.getString(DynamoDbKeys.BLOCK) : item.getString(DynamoDbSealedRecords.BLOCK));
    }

    @Override
    public boolean isNew() {
        Expression used = accountItems("begins_with(sk, :key) OR begins_with(sk, :alias) OR begins_with(sk, :sealed)",
                Map.of(":key", KEYS, ":alias", AttributeValue.fromS(DynamoDbAliases.PREFIX), ":sealed", SEALED));
        return masterKeyCheckValue().isEmpty() && table.scanFirst(used).isEmpty();
    }

    @Override
    public String location() {
        return "DynamoDB table " + table.name();
    }

    /** Items of an account (not the audit records or system items sharing the table) that match {@code condition}. */
    private static Expression accountItems(String condition, Map<String, AttributeValue> values) {
        Map<String, AttributeValue> all = new HashMap<>(values);
        all.put(":account", AttributeValue.fromS(KeyTable.ACCOUNT_PREFIX));
        return KeyTable.expression("begins_with(pk, :account) AND (" + condition + ")", all);
    }
}
