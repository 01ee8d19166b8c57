package dev.paycrypto.aws;

import static dev.paycrypto.aws.KeyTable.partition;

import dev.paycrypto.keys.store.AliasRecord;
import dev.paycrypto.keys.store.AliasRepository;
import dev.paycrypto.keys.store.Page;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Aliases in the key table: one item each at {@code ACCOUNT#<account>}/{@code ALIAS#<name>}, versioned like keys;
 * an unassigned alias has no {@code keyArn}.
 */
final class DynamoDbAliases implements AliasRepository {

    static final String PREFIX = "ALIAS#";

    private final KeyTable table;

    DynamoDbAliases(KeyTable table) {
        this.table = table;
    }

    @Override
    public void createAlias(AliasRecord alias) {
        table.createFirst(item(alias), alias.version(), "Alias " + alias.aliasName());
    }

    @Override
    public Optional<AliasRecord> findAlias(String account, String aliasName) {
        return table.get(partition(account), PREFIX + aliasName).map(DynamoDbAliases::read);
    }

    @Override
    public void replaceAlias(AliasRecord updated) {
        table.replaceVersion(item(updated), updated.version(), "Alias " + updated.aliasName());
    }

    @Override
    public boolean deleteAlias(String account, String aliasName) {
        return table.delete(partition(account), PREFIX + aliasName);
    }

    @Override
    public Page<AliasRecord> listAliases(String account, String keyArn, int maxResults, String pageToken) {
        Expression filter = keyArn == null ? null
                : KeyTable.expression("keyArn = :arn", Map.of(":arn", AttributeValue.fromS(keyArn)));
        return table.page(account, PREFIX, "aliases", filter, maxResults, pageToken, DynamoDbAliases::read,
                AliasRecord::aliasName);
    }

    private static EnhancedDocument item(AliasRecord alias) {
        EnhancedDocument.Builder item = KeyTable.item(partition(alias.account()), PREFIX + alias.aliasName())
                .putString("aliasName", alias.aliasName())
                .putNumber("version", alias.version());
        KeyTable.putOptional(item, "keyArn", alias.keyArn());
        return item.build();
    }

    private static AliasRecord read(EnhancedDocument item) {
        return new AliasRecord(KeyTable.account(item), item.getString("aliasName"),
                KeyTable.optionalString(item, "keyArn"), item.getNumber("version").longValue());
    }
}
