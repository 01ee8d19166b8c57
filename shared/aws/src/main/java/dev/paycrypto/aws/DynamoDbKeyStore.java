package dev.paycrypto.aws;

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
import dev.paycrypto.keys.store.AliasRecord;
import dev.paycrypto.keys.store.KeyStore;
import dev.paycrypto.keys.store.Page;
import dev.paycrypto.keys.store.PageTokens;
import dev.paycrypto.keys.store.SealedRecord;
import dev.paycrypto.keys.store.StoreConflictException;
import dev.paycrypto.keys.store.StoreUnavailableException;
import dev.paycrypto.keys.store.TagCodec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.DeleteItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.ScanEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The deployed key store: one DynamoDB table (partition key {@code pk} = {@code ACCOUNT#<account>}, sort key
 * {@code sk} = {@code KEY#<id>}, {@code ALIAS#<name>} or {@code SEALED#<kind>#<id>}; {@code pk} = {@code SYSTEM}
 * for the master key's items), through the Enhanced Client's document API. Every write is conditional: {@code attribute_not_exists(pk)} on create,
 * {@code version = :expected} on replace, existence on delete.
 */
public final class DynamoDbKeyStore implements KeyStore {

    private static final String PK = "pk";
    private static final String SK = "sk";
    private static final String KEY_PREFIX = "KEY#";
    /** The item of an account's settings (its default replication Regions). */
    private static final String SETTINGS = "SETTINGS";
    private static final String ALIAS_PREFIX = "ALIAS#";
    private static final String SEALED_PREFIX = "SEALED#";
    private static final String ACCOUNT_PREFIX = "ACCOUNT#";
    /** The partition of the table's own items: the encrypted master key and its check value. */
    private static final String SYSTEM = "SYSTEM";
    private static final String MASTER_KEY = "MASTER_KEY";
    private static final String MASTER_KEY_CHECK = "MASTER_KEY_CHECK";

    private final DynamoDbTable<EnhancedDocument> table;

    public DynamoDbKeyStore(DynamoDbClient client, String tableName) {
        TableSchema<EnhancedDocument> schema = TableSchema.documentSchemaBuilder()
                .addIndexPartitionKey(TableMetadataNames.PRIMARY, PK, AttributeValueType.S)
                .addIndexSortKey(TableMetadataNames.PRIMARY, SK, AttributeValueType.S)
                .attributeConverterProviders(software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider.defaultProvider())
                .build();
        this.table = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build().table(tableName, schema);
    }

    /** Creates the key table (for tests and local setups; deployments declare it in template.yaml). */
    public static void createTable(DynamoDbClient client, String tableName) {
        client.createTable(r -> r.tableName(tableName)
                .keySchema(KeySchemaElement.builder().attributeName(PK).keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName(SK).keyType(KeyType.RANGE).build())
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName(PK).attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName(SK).attributeType(ScalarAttributeType.S).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
    }

    private static final class TableMetadataNames {
        static final String PRIMARY = software.amazon.awssdk.enhanced.dynamodb.TableMetadata.primaryIndexName();
    }

    @Override
    public void createKey(StoredKey key) {
        requireFirstVersion(key.version());
        put(keyDocument(key), Expression.builder().expression("attribute_not_exists(pk)").build(),
                "Key " + key.keyId() + " exists already");
    }

    @Override
    public Optional<StoredKey> findKey(String account, String keyId) {
        return get(account, KEY_PREFIX + keyId).map(DynamoDbKeyStore::readKey);
    }

    @Override
    public void replaceKey(StoredKey updated) {
        put(keyDocument(updated), versionIs(updated.version() - 1),
                "Key " + updated.keyId() + " changed since it was read");
    }

    @Override
    public boolean deleteKey(String account, String keyId) {
        return delete(account, KEY_PREFIX + keyId);
    }

    @Override
    public Page<StoredKey> listKeys(String account, KeyState state, int maxResults, String pageToken) {
        Expression filter = state == null ? null : Expression.builder().expression("keyState = :state")
                .putExpressionValue(":state", AttributeValue.fromS(state.name())).build();
        return list(account, KEY_PREFIX, "keys", filter, maxResults, pageToken, DynamoDbKeyStore::readKey,
                StoredKey::keyId);
    }

    @Override
    public List<StoredKey> findDueForPurge(Instant now, int limit) {
        Expression due = Expression.builder().expression("keyState = :pending AND deletePendingTs <= :now")
                .putExpressionValue(":pending", AttributeValue.fromS(KeyState.DELETE_PENDING.name()))
                .putExpressionValue(":now", AttributeValue.fromN(String.valueOf(now.toEpochMilli()))).build();
        List<StoredKey> keys = new ArrayList<>();
        for (EnhancedDocument item : table.scan(r -> r.filterExpression(due)).items()) {
            if (item.getString(SK).startsWith(KEY_PREFIX)) {
                keys.add(readKey(item));
                if (keys.size() == limit) {
                    break;
                }
            }
        }
        return keys;
    }

    @Override
    public void createAlias(AliasRecord alias) {
        requireFirstVersion(alias.version());
        put(aliasDocument(alias), Expression.builder().expression("attribute_not_exists(pk)").build(),
                "Alias " + alias.aliasName() + " exists already");
    }

    @Override
    public Optional<AliasRecord> findAlias(String account, String aliasName) {
        return get(account, ALIAS_PREFIX + aliasName).map(DynamoDbKeyStore::readAlias);
    }

    @Override
    public void replaceAlias(AliasRecord updated) {
        put(aliasDocument(updated), versionIs(updated.version() - 1),
                "Alias " + updated.aliasName() + " changed since it was read");
    }

    @Override
    public boolean deleteAlias(String account, String aliasName) {
        return delete(account, ALIAS_PREFIX + aliasName);
    }

    @Override
    public Page<AliasRecord> listAliases(String account, String keyArn, int maxResults, String pageToken) {
        Expression filter = keyArn == null ? null : Expression.builder().expression("keyArn = :arn")
                .putExpressionValue(":arn", AttributeValue.fromS(keyArn)).build();
        return list(account, ALIAS_PREFIX, "aliases", filter, maxResults, pageToken, DynamoDbKeyStore::readAlias,
                AliasRecord::aliasName);
    }

    @Override
    public boolean putSealedRecordIfAbsent(SealedRecord record) {
        EnhancedDocument.Builder document = base(record.account(), sealedSortKey(record.kind(), record.id()))
                .putString("sealedBlock", record.sealedBlock());
        if (record.publicData() != null) {
            document.putString("publicData", record.publicData());
        }
        if (record.expiresAt() != null) {
            // DynamoDB TTL reads epoch seconds
            document.putNumber("expiresAt", record.expiresAt().getEpochSecond());
        }
        try {
            put(document.build(), Expression.builder().expression("attribute_not_exists(pk)").build(), "exists");
            return true;
        } catch (StoreConflictException e) {
            return false;
        }
    }

    @Override
    public Optional<SealedRecord> findSealedRecord(String account, SealedRecord.Kind kind, String id) {
        return get(account, sealedSortKey(kind, id)).map(d -> new SealedRecord(account, kind, id,
                d.getString("sealedBlock"), d.getString("publicData"),
                d.isPresent("expiresAt") ? Instant.ofEpochSecond(d.getNumber("expiresAt").longValue()) : null));
    }

    @Override
    public boolean deleteSealedRecord(String account, SealedRecord.Kind kind, String id) {
        return delete(account, sealedSortKey(kind, id));
    }

    @Override
    public List<String> defaultReplicationRegions(String account) {
        return get(account, SETTINGS).map(d -> d.getString("defaultReplicationRegions"))
                .map(joined -> joined.isEmpty() ? List.<String>of() : List.of(joined.split(","))).orElse(List.of());
    }

    @Override
    public void setDefaultReplicationRegions(String account, List<String> regions) {
        EnhancedDocument document = EnhancedDocument.builder()
                .attributeConverterProviders(software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider.defaultProvider())
                .putString(PK, partition(account)).putString(SK, SETTINGS)
                .putString("defaultReplicationRegions", String.join(",", regions)).build();
        put(document, null, "settings");
    }

    /**
     * Where the KMS-encrypted storage key of this table lives, {@code SYSTEM}/{@code MASTER_KEY}, and its check
     * value, {@code SYSTEM}/{@code MASTER_KEY_CHECK}: one item each, written once. The check value has an item of
     * its own so that it outlives a deleted key item, which is then refused instead of replaced.
     */
    public EncryptedMasterKeyRepository masterKeyRepository() {
        return new MasterKeyItems();
    }

    private final class MasterKeyItems implements EncryptedMasterKeyRepository {

        @Override
        public Optional<byte[]> load() {
            return getItem(SYSTEM, MASTER_KEY).map(d -> Base64.getDecoder().decode(d.getString("encryptedKey")));
        }

        @Override
        public boolean storeIfAbsent(byte[] encryptedKey) {
            return putIfAbsent(systemItem(MASTER_KEY)
                    .putString("encryptedKey", Base64.getEncoder().encodeToString(encryptedKey)).build());
        }

        @Override
        public String encryptedKeyLocation() {
            return "item " + SYSTEM + "/" + MASTER_KEY + " of DynamoDB table " + table.tableName();
        }

        @Override
        public Optional<String> masterKeyCheckValue() {
            return getItem(SYSTEM, MASTER_KEY_CHECK).map(d -> d.getString("checkValue"));
        }

        @Override
        public boolean storeMasterKeyCheckValueIfAbsent(String checkValue) {
            return putIfAbsent(systemItem(MASTER_KEY_CHECK).putString("checkValue", checkValue).build());
        }

        /**
         * A scan, stopping at the first key or sealed record with a block: asked only until a check value is
         * recorded (a new table, or one of an earlier version), so at most once per table in practice.
         */
        @Override
        public Optional<String> anySealedBlock() {
            Expression sealed = accountItems("(begins_with(sk, :key) AND size(keyBlock) > :none) "
                    + "OR (begins_with(sk, :sealed) AND size(sealedBlock) > :none)")
                    .putExpressionValue(":key", AttributeValue.fromS(KEY_PREFIX))
                    .putExpressionValue(":sealed", AttributeValue.fromS(SEALED_PREFIX))
                    .putExpressionValue(":none", AttributeValue.fromN("0")).build();
            return scanFirst(sealed, "keyBlock", "sealedBlock").map(d -> d.getString(SK).startsWith(KEY_PREFIX)
                    ? d.getString("keyBlock") : d.getString("sealedBlock"));
        }

        @Override
        public boolean isNew() {
            Expression used = accountItems("begins_with(sk, :key) OR begins_with(sk, :alias) "
                    + "OR begins_with(sk, :sealed)")
                    .putExpressionValue(":key", AttributeValue.fromS(KEY_PREFIX))
                    .putExpressionValue(":alias", AttributeValue.fromS(ALIAS_PREFIX))
                    .putExpressionValue(":sealed", AttributeValue.fromS(SEALED_PREFIX)).build();
            return masterKeyCheckValue().isEmpty() && scanFirst(used).isEmpty();
        }

        @Override
        public String location() {
            return "DynamoDB table " + table.tableName();
        }

        /** Items of an account (not the audit records or system items sharing the table) that match {@code condition}. */
        private Expression.Builder accountItems(String condition) {
            return Expression.builder().expression("begins_with(pk, :account) AND (" + condition + ")")
                    .putExpressionValue(":account", AttributeValue.fromS(ACCOUNT_PREFIX));
        }

        private Optional<EnhancedDocument> scanFirst(Expression filter, String... attributes) {
            List<String> projected = new ArrayList<>(List.of(PK, SK));
            projected.addAll(List.of(attributes));
            try {
                Iterator<EnhancedDocument> items = table.scan(ScanEnhancedRequest.builder().consistentRead(true)
                        .filterExpression(filter).attributesToProject(projected).build()).items().iterator();
                return items.hasNext() ? Optional.of(items.next()) : Optional.empty();
            } catch (SdkException e) {
                throw new StoreUnavailableException("Scan failed", e);
            }
        }

        private EnhancedDocument.Builder systemItem(String sortKey) {
            return EnhancedDocument.builder()
                    .attributeConverterProviders(software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider.defaultProvider())
                    .putString(PK, SYSTEM).putString(SK, sortKey);
        }

        private boolean putIfAbsent(EnhancedDocument document) {
            try {
                put(document, Expression.builder().expression("attribute_not_exists(pk)").build(), "exists");
                return true;
            } catch (StoreConflictException e) {
                return false;
            }
        }
    }

    private <T> Page<T> list(String account, String prefix, String listing, Expression filter, int maxResults,
                             String pageToken, Function<EnhancedDocument, T> reader, Function<T, String> sortKey) {
        String after = PageTokens.decode(listing, pageToken);
        QueryEnhancedRequest.Builder request = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBeginsWith(
                        Key.builder().partitionValue(partition(account)).sortValue(prefix).build()))
                .limit(Math.min(maxResults + 1, 100))
                .consistentRead(true);
        if (filter != null) {
            request.filterExpression(filter);
        }
        if (after != null) {
            request.exclusiveStartKey(Map.of(PK, AttributeValue.fromS(partition(account)),
                    SK, AttributeValue.fromS(prefix + after)));
        }
        List<T> items = new ArrayList<>();
        try {
            Iterator<EnhancedDocument> documents = table.query(request.build()).items().iterator();
            while (documents.hasNext() && items.size() <= maxResults) {
                items.add(reader.apply(documents.next()));
            }
        } catch (SdkException e) {
            throw new StoreUnavailableException("Listing failed", e);
        }
        return Page.of(items, maxResults, listing, sortKey);
    }

    private void put(EnhancedDocument document, Expression condition, String conflictMessage) {
        try {
            table.putItem(PutItemEnhancedRequest.builder(EnhancedDocument.class).item(document)
                    .conditionExpression(condition).build());
        } catch (ConditionalCheckFailedException e) {
            throw new StoreConflictException(conflictMessage);
        } catch (SdkException e) {
            throw new StoreUnavailableException("Write failed", e);
        }
    }

    private Optional<EnhancedDocument> get(String account, String sortKey) {
        return getItem(partition(account), sortKey);
    }

    private Optional<EnhancedDocument> getItem(String partition, String sortKey) {
        try {
            return Optional.ofNullable(table.getItem(r -> r.key(k -> k.partitionValue(partition).sortValue(sortKey))
                    .consistentRead(true)));
        } catch (SdkException e) {
            throw new StoreUnavailableException("Read failed", e);
        }
    }

    private boolean delete(String account, String sortKey) {
        try {
            table.deleteItem(DeleteItemEnhancedRequest.builder()
                    .key(k -> k.partitionValue(partition(account)).sortValue(sortKey))
                    .conditionExpression(Expression.builder().expression("attribute_exists(pk)").build()).build());
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        } catch (SdkException e) {
            throw new StoreUnavailableException("Delete failed", e);
        }
    }

    private static Expression versionIs(long version) {
        return Expression.builder().expression("version = :expected")
                .putExpressionValue(":expected", AttributeValue.fromN(Long.toString(version))).build();
    }

    private static String partition(String account) {
        return ACCOUNT_PREFIX + account;
    }

    private static String sealedSortKey(SealedRecord.Kind kind, String id) {
        return SEALED_PREFIX + kind.name() + "#" + id;
    }

    private static EnhancedDocument.Builder base(String account, String sortKey) {
        return EnhancedDocument.builder()
                .attributeConverterProviders(software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider.defaultProvider())
                .putString(PK, partition(account)).putString(SK, sortKey);
    }

    private static EnhancedDocument keyDocument(StoredKey key) {
        KeyAttributes attributes = key.attributes();
        EnhancedDocument.Builder d = base(key.account(), KEY_PREFIX + key.keyId())
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
                .putString("keyBlock", key.keyBlock())
                .putNumber("version", key.version());
        putInstant(d, "usageStartTs", key.usageStartTimestamp());
        putInstant(d, "usageStopTs", key.usageStopTimestamp());
        putInstant(d, "deletePendingTs", key.deletePendingTimestamp());
        putInstant(d, "deleteTs", key.deleteTimestamp());
        if (key.deriveKeyUsage() != null) {
            d.putString("deriveKeyUsage", key.deriveKeyUsage().name());
        }
        if (key.replication() != null) {
            d.putString("replication", key.replication().encode());
        }
        return d.build();
    }

    private static StoredKey readKey(EnhancedDocument d) {
        String account = d.getString(PK).substring(ACCOUNT_PREFIX.length());
        return StoredKey.builder()
                .account(account)
                .keyId(d.getString("keyId"))
                .keyArn(d.getString("keyArn"))
                .attributes(new KeyAttributes(KeyUsage.valueOf(d.getString("keyUsage")),
                        KeyClass.valueOf(d.getString("keyClass")), KeyAlgorithm.valueOf(d.getString("keyAlgorithm")),
                        KeyModesOfUse.fromTr31ModeOfUse(d.getString("modesOfUse").charAt(0))))
                .keyCheckValue(d.getString("kcv"))
                .keyCheckValueAlgorithm(KeyCheckValueAlgorithm.valueOf(d.getString("kcvAlgorithm")))
                .enabled(d.getBoolean("enabled"))
                .exportable(d.getBoolean("exportable"))
                .keyState(KeyState.valueOf(d.getString("keyState")))
                .keyOrigin(KeyOrigin.valueOf(d.getString("keyOrigin")))
                .createTimestamp(instant(d, "createTs"))
                .usageStartTimestamp(instant(d, "usageStartTs"))
                .usageStopTimestamp(instant(d, "usageStopTs"))
                .deletePendingTimestamp(instant(d, "deletePendingTs"))
                .deleteTimestamp(instant(d, "deleteTs"))
                .deriveKeyUsage(d.isPresent("deriveKeyUsage") ? KeyUsage.valueOf(d.getString("deriveKeyUsage")) : null)
                .tags(TagCodec.decode(d.getString("tags")))
                .keyBlock(d.getString("keyBlock"))
                .version(d.getNumber("version").longValue())
                .replication(d.isPresent("replication") ? KeyReplication.decode(d.getString("replication")) : null)
                .build();
    }

    private static EnhancedDocument aliasDocument(AliasRecord alias) {
        EnhancedDocument.Builder d = base(alias.account(), ALIAS_PREFIX + alias.aliasName())
                .putString("aliasName", alias.aliasName())
                .putNumber("version", alias.version());
        if (alias.keyArn() != null) {
            d.putString("keyArn", alias.keyArn());
        }
        return d.build();
    }

    private static AliasRecord readAlias(EnhancedDocument d) {
        return new AliasRecord(d.getString(PK).substring(ACCOUNT_PREFIX.length()), d.getString("aliasName"),
                d.isPresent("keyArn") ? d.getString("keyArn") : null, d.getNumber("version").longValue());
    }

    private static void putInstant(EnhancedDocument.Builder d, String name, Instant value) {
        if (value != null) {
            d.putNumber(name, value.toEpochMilli());
        }
    }

    private static Instant instant(EnhancedDocument d, String name) {
        return d.isPresent(name) && !d.isNull(name) ? Instant.ofEpochMilli(d.getNumber(name).longValue()) : null;
    }

    private static void requireFirstVersion(long version) {
        if (version != 1) {
            throw new IllegalArgumentException("A new item starts at version 1");
        }
    }
}
