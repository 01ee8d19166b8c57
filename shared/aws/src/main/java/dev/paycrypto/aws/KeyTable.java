package dev.paycrypto.aws;

import dev.paycrypto.keys.store.Page;
import dev.paycrypto.keys.store.PageTokens;
import dev.paycrypto.keys.store.StoreConflictException;
import dev.paycrypto.keys.store.StoreUnavailableException;
import dev.paycrypto.keys.store.Versions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
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
 * The mechanics the key table's record kinds share: items addressed by partition key {@code pk} and sort key
 * {@code sk} (an account's items under {@code ACCOUNT#<account>}), read consistently through the Enhanced Client's
 * document API; conditional writes that report a lost condition as {@link StoreConflictException} and any other
 * failure as {@link StoreUnavailableException}; pages of an account's items with opaque tokens; and the codec of
 * optional attributes and instants. Each record kind (keys, aliases, sealed records, settings, the master key's
 * items) keeps its own sort-key prefix and item layout.
 */
final class KeyTable {

    static final String PK = "pk";
    static final String SK = "sk";
    /** The start of every account's partition key. */
    static final String ACCOUNT_PREFIX = "ACCOUNT#";
    private static final Expression ABSENT = Expression.builder().expression("attribute_not_exists(pk)").build();
    private static final Expression PRESENT = Expression.builder().expression("attribute_exists(pk)").build();
    /** The most items one query reads: a page's items are at most this many reads of the filter. */
    private static final int QUERY_LIMIT = 100;

    private final DynamoDbTable<EnhancedDocument> table;

    KeyTable(DynamoDbClient client, String tableName) {
        TableSchema<EnhancedDocument> schema = TableSchema.documentSchemaBuilder()
                .addIndexPartitionKey(TableMetadata.primaryIndexName(), PK, AttributeValueType.S)
                .addIndexSortKey(TableMetadata.primaryIndexName(), SK, AttributeValueType.S)
                .attributeConverterProviders(AttributeConverterProvider.defaultProvider())
                .build();
        this.table = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build().table(tableName, schema);
    }

    /** Creates the table (for tests and local setups; deployments declare it in template.yaml). */
    static void create(DynamoDbClient client, String tableName) {
        client.createTable(r -> r.tableName(tableName)
                .keySchema(KeySchemaElement.builder().attributeName(PK).keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName(SK).keyType(KeyType.RANGE).build())
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName(PK).attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName(SK).attributeType(ScalarAttributeType.S).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
    }

    String name() {
        return table.tableName();
    }

    /** The partition of an account's items. */
    static String partition(String account) {
        return ACCOUNT_PREFIX + account;
    }

    /** The account an item of {@link #partition} belongs to. */
    static String account(EnhancedDocument item) {
        return item.getString(PK).substring(ACCOUNT_PREFIX.length());
    }

    /** A new item at {@code partition}/{@code sortKey}, to add attributes to. */
    static EnhancedDocument.Builder item(String partition, String sortKey) {
        return EnhancedDocument.builder().attributeConverterProviders(AttributeConverterProvider.defaultProvider())
                .putString(PK, partition).putString(SK, sortKey);
    }

    static Expression expression(String text, Map<String, AttributeValue> values) {
        return Expression.builder().expression(text).expressionValues(values).build();
    }

    Optional<EnhancedDocument> get(String partition, String sortKey) {
        try {
            return Optional.ofNullable(table.getItem(r -> r.key(k -> k.partitionValue(partition).sortValue(sortKey))
                    .consistentRead(true)));
        } catch (SdkException e) {
            throw new StoreUnavailableException("Read failed", e);
        }
    }

    /**
     * Writes the first version of a versioned item (a key, an alias); one already at its address is a conflict and
     * stays as it was. {@code what} names the item in the conflict's message.
     */
    void createFirst(EnhancedDocument item, long version, String what) {
        Versions.requireFirst(version);
        put(item, ABSENT, what + " exists already");
    }

    /** Writes a new item unless one is at its address; true if this call wrote it. */
    boolean putIfAbsent(EnhancedDocument item) {
        try {
            put(item, ABSENT, "exists");
            return true;
        } catch (StoreConflictException e) {
            return false;
        }
    }

    /** Writes {@code version} of a versioned item over the version before it; any other stored is a conflict. */
    void replaceVersion(EnhancedDocument item, long version, String what) {
        put(item, expression("version = :expected", Map.of(":expected",
                AttributeValue.fromN(Long.toString(version - 1)))), what + " changed since it was read");
    }

    /** Writes an item whatever is at its address. */
    void put(EnhancedDocument item) {
        put(item, null, "unconditional");
    }

    private void put(EnhancedDocument item, Expression condition, String conflictMessage) {
        try {
            table.putItem(PutItemEnhancedRequest.builder(EnhancedDocument.class).item(item)
                    .conditionExpression(condition).build());
        } catch (ConditionalCheckFailedException e) {
            throw new StoreConflictException(conflictMessage);
        } catch (SdkException e) {
            throw new StoreUnavailableException("Write failed", e);
        }
    }

    /** Deletes an item; true if it was there (so that of two deletes only one succeeds). */
    boolean delete(String partition, String sortKey) {
        try {
            table.deleteItem(DeleteItemEnhancedRequest.builder()
                    .key(k -> k.partitionValue(partition).sortValue(sortKey)).conditionExpression(PRESENT).build());
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        } catch (SdkException e) {
            throw new StoreUnavailableException("Delete failed", e);
        }
    }

    /** Deletes a versioned item if it is still at {@code version}; false if it changed or is gone. */
    boolean deleteVersion(String partition, String sortKey, long version) {
        try {
            table.deleteItem(DeleteItemEnhancedRequest.builder()
                    .key(k -> k.partitionValue(partition).sortValue(sortKey))
                    .conditionExpression(expression("version = :expected",
                            Map.of(":expected", AttributeValue.fromN(Long.toString(version))))).build());
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        } catch (SdkException e) {
            throw new StoreUnavailableException("Delete failed", e);
        }
    }

    /**
     * One page of an account's items whose sort key starts with {@code prefix}, optionally filtered, in sort-key
     * order after {@code pageToken}'s last item; {@code listing} names the listing in its tokens.
     */
    <T> Page<T> page(String account, String prefix, String listing, Expression filter, int maxResults,
                     String pageToken, Function<EnhancedDocument, T> reader, Function<T, String> idOf) {
        String after = PageTokens.decode(listing, pageToken);
        QueryEnhancedRequest.Builder request = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBeginsWith(
                        Key.builder().partitionValue(partition(account)).sortValue(prefix).build()))
                .limit(Math.min(maxResults + 1, QUERY_LIMIT))
                .consistentRead(true)
                .filterExpression(filter);
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
        return Page.of(items, maxResults, listing, idOf);
    }

    /** Up to {@code limit} items of the whole table that pass {@code filter} and {@code wanted}: a full scan. */
    List<EnhancedDocument> scan(Expression filter, Predicate<EnhancedDocument> wanted, int limit) {
        List<EnhancedDocument> found = new ArrayList<>();
        try {
            Iterator<EnhancedDocument> items = table.scan(r -> r.filterExpression(filter)).items().iterator();
            while (items.hasNext() && found.size() < limit) {
                EnhancedDocument item = items.next();
                if (wanted.test(item)) {
                    found.add(item);
                }
            }
        } catch (SdkException e) {
            throw new StoreUnavailableException("Scan failed", e);
        }
        return found;
    }

    /** The first item a consistent scan finds that passes {@code filter}, with its keys and {@code attributes}. */
    Optional<EnhancedDocument> scanFirst(Expression filter, String... attributes) {
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

    /** Adds a string attribute unless the value is null (DynamoDB keeps no empty attribute). */
    static void putOptional(EnhancedDocument.Builder item, String name, String value) {
        if (value != null) {
            item.putString(name, value);
        }
    }

    static String optionalString(EnhancedDocument item, String name) {
        return item.isPresent(name) ? item.getString(name) : null;
    }

    /** Adds an instant as epoch milliseconds unless it is null. */
    static void putInstant(EnhancedDocument.Builder item, String name, Instant value) {
        if (value != null) {
            item.putNumber(name, value.toEpochMilli());
        }
    }

    static Instant instant(EnhancedDocument item, String name) {
        return item.isPresent(name) && !item.isNull(name) ? Instant.ofEpochMilli(item.getNumber(name).longValue())
                : null;
    }
}
