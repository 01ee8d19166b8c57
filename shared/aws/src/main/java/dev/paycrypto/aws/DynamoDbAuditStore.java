package dev.paycrypto.aws;

import dev.paycrypto.app.events.AuditStore;
import dev.paycrypto.app.events.Event;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.app.json.JsonCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The deployed audit store: items of the key table under {@code pk = AUDIT#<account>}, sorted by
 * {@code sk = <event time>#<event id>}, written only if absent (so a redelivered event is stored once).
 */
public final class DynamoDbAuditStore implements AuditStore {

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbAuditStore(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    @Override
    public void append(Event apiCall) {
        try {
            client.putItem(r -> r.tableName(tableName).item(Map.of(
                            "pk", AttributeValue.fromS(partition(apiCall.account())),
                            "sk", AttributeValue.fromS(apiCall.time() + "#" + apiCall.id()),
                            "record", AttributeValue.fromS(JsonCodec.write(apiCall.detail()))))
                    .conditionExpression("attribute_not_exists(pk)"));
        } catch (ConditionalCheckFailedException redelivered) {
            // stored already: events arrive at least once
        }
    }

    @Override
    public List<JsonNode> list(String account, int limit) {
        List<JsonNode> records = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = client.query(r -> r.tableName(tableName).keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition(account))))
                    .limit(limit - records.size()).exclusiveStartKey(from));
            page.items().forEach(item -> records.add(JsonCodec.parse(item.get("record").s())));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null && records.size() < limit);
        return records;
    }

    private static String partition(String account) {
        return "AUDIT#" + account;
    }
}
