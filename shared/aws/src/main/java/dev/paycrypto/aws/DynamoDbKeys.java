package dev.paycrypto.aws;

import static dev.paycrypto.aws.KeyTable.instant;
import static dev.paycrypto.aws.KeyTable.optionalString;
import static dev.paycrypto.aws.KeyTable.partition;
import static dev.paycrypto.aws.KeyTable.putInstant;
import static dev.paycrypto.aws.KeyTable.putOptional;

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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Keys in the key table: one item each at {@code ACCOUNT#<account>}/{@code KEY#<id>}, versioned; a create is
 * conditional on the item's absence, a replace on its version.
 */
final class DynamoDbKeys implements KeyRepository {

    static final String PREFIX = "KEY#";
    /** The attribute holding a key's sealed block. */
    static final String BLOCK = "keyBlock";

    private final KeyTable table;

    DynamoDbKeys(KeyTable table) {
        this.table = table;
    }

    @Override
    public void createKey(StoredKey key) {
        table.createFirst(item(key), key.version(), "Key " + key.keyId());
    }

    @Override
    public Optional<StoredKey> findKey(String account, String keyId) {
        return table.get(partition(account), PREFIX + keyId).map(DynamoDbKeys::read);
    }

    @Override
    public void replaceKey(StoredKey updated) {
        table.replaceVersion(item(updated), updated.version(), "Key " + updated.keyId());
    }

    @Override
    public boolean deleteKey(String account, String keyId) {
        return table.delete(partition(account), PREFIX + keyId);
    }

    @Override
    public Page<StoredKey> listKeys(String account, KeyState state, int maxResults, String pageToken) {
        Expression filter = state == null ? null
                : KeyTable.expression("keyState = :state", Map.of(":state", AttributeValue.fromS(state.name())));
        return table.page(account, PREFIX, "keys", filter, maxResults, pageToken, DynamoDbKeys::read,
                StoredKey::keyId);
    }

    @Override
    public List<StoredKey> findDueForPurge(Instant now, int limit) {
        Expression due = KeyTable.expression("keyState = :pending AND deletePendingTs <= :now", Map.of(
                ":pending", AttributeValue.fromS(KeyState.DELETE_PENDING.name()),
                ":now", AttributeValue.fromN(String.valueOf(now.toEpochMilli()))));
        return table.scan(due, item -> item.getString(KeyTable.SK).startsWith(PREFIX), limit).stream()
                .map(DynamoDbKeys::read).toList();
    }

    private static EnhancedDocument item(StoredKey key) {
        KeyAttributes attributes = key.attributes();
        EnhancedDocument.Builder item = KeyTable.item(partition(key.account()), PREFIX + key.keyId())
                .putString("keyId", key.keyId())
                .putString("keyArn", key.keyArn())
                .putString("keyUsage", attributes.keyUsage().name())
                .putString("keyClass", attributes.keyClass().name())
                .putString("keyAlgorithm", attributes.keyAlgorithm().name())
                .putString("modesOfUse", String.valueOf(attributes.keyModesOfUse().tr31ModeOfUse()))
                .putString("kcv", key.keyCheckValue())
                .putString("kcvAlgorithm", key.keyCheckValueAlgorithm().name())
                .putBoolean("enabled", key.enabled())
                .putBoolean("exportable", key.exportable())
                .putString("keyState", key.keyState().name())
                .putString("keyOrigin", key.keyOrigin().name())
                .putNumber("createTs", key.createTimestamp().toEpochMilli())
                .putString("tags", TagCodec.encode(key.tags()))
                .putString(BLOCK, key.keyBlock())
                .putNumber("version", key.version());
        putInstant(item, "usageStartTs", key.usageStartTimestamp());
        putInstant(item, "usageStopTs", key.usageStopTimestamp());
        putInstant(item, "deletePendingTs", key.deletePendingTimestamp());
        putInstant(item, "deleteTs", key.deleteTimestamp());
        putOptional(item, "deriveKeyUsage", key.deriveKeyUsage() == null ? null : key.deriveKeyUsage().name());
        putOptional(item, "replication", key.replication() == null ? null : key.replication().encode());
        return item.build();
    }

    private static StoredKey read(EnhancedDocument item) {
        String derive = optionalString(item, "deriveKeyUsage");
        String replication = optionalString(item, "replication");
        return StoredKey.builder()
                .account(KeyTable.account(item))
                .keyId(item.getString("keyId"))
                .keyArn(item.getString("keyArn"))
                .attributes(new KeyAttributes(KeyUsage.valueOf(item.getString("keyUsage")),
                        KeyClass.valueOf(item.getString("keyClass")),
                        KeyAlgorithm.valueOf(item.getString("keyAlgorithm")),
                        KeyModesOfUse.fromTr31ModeOfUse(item.getString("modesOfUse").charAt(0))))
                .keyCheckValue(item.getString("kcv"))
                .keyCheckValueAlgorithm(KeyCheckValueAlgorithm.valueOf(item.getString("kcvAlgorithm")))
                .enabled(item.getBoolean("enabled"))
                .exportable(item.getBoolean("exportable"))
                .keyState(KeyState.valueOf(item.getString("keyState")))
                .keyOrigin(KeyOrigin.valueOf(item.getString("keyOrigin")))
                .createTimestamp(instant(item, "createTs"))
                .usageStartTimestamp(instant(item, "usageStartTs"))
                .usageStopTimestamp(instant(item, "usageStopTs"))
                .deletePendingTimestamp(instant(item, "deletePendingTs"))
                .deleteTimestamp(instant(item, "deleteTs"))
                .deriveKeyUsage(derive == null ? null : KeyUsage.valueOf(derive))
                .tags(TagCodec.decode(item.getString("tags")))
                .keyBlock(item.getString(BLOCK))
                .version(item.getNumber("version").longValue())
                .replication(replication == null ? null : KeyReplication.decode(replication))
                .build();
    }
}
