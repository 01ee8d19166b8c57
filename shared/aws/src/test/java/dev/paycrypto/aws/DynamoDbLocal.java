package dev.paycrypto.aws;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import dev.paycrypto.aws.DynamoDbKeyStore;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** DynamoDB Local in-process (test scope only), handing out a new, empty key table per test. */
final class DynamoDbLocal implements AutoCloseable {

    private final AmazonDynamoDBLocal dynamo = DynamoDBEmbedded.create();
    private final DynamoDbClient client = dynamo.dynamoDbClient();

    DynamoDbClient client() {
        return client;
    }

    /** The name of a new key table, created empty. */
    String newTable() {
        String tableName = "keys-" + UUID.randomUUID();
        DynamoDbKeyStore.createTable(client, tableName);
        return tableName;
    }

    @Override
    public void close() {
        client.close();
        dynamo.shutdownNow();
    }
}
