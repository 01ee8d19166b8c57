package dev.paycrypto.aws;

import dev.paycrypto.keys.store.KeyStore;
import dev.paycrypto.keys.store.KeyStoreContractTest;
import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import dev.paycrypto.aws.DynamoDbKeyStore;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The contract suite against the DynamoDB adapter, on DynamoDB Local (in-process, test scope only). */
class DynamoDbKeyStoreTest extends KeyStoreContractTest {

    private static AmazonDynamoDBLocal dynamo;
    private static DynamoDbClient client;
    private static DynamoDbKeyStore store;

    @BeforeAll
    static void start() {
        dynamo = DynamoDBEmbedded.create();
        client = dynamo.dynamoDbClient();
        DynamoDbKeyStore.createTable(client, "paycrypto-keys");
        store = new DynamoDbKeyStore(client, "paycrypto-keys");
    }

    @AfterAll
    static void stop() {
        client.close();
        dynamo.shutdownNow();
    }

    @Override
    protected KeyStore store() {
        return store;
    }

    @Override
    protected void tamper(String account, String keyId, String attribute, String value) {
        AttributeValue stored = "exportable".equals(attribute) ? AttributeValue.fromBool(Boolean.parseBoolean(value))
                : AttributeValue.fromS(value);
        client.updateItem(r -> r.tableName("paycrypto-keys")
                .key(Map.of("pk", AttributeValue.fromS("ACCOUNT#" + account), "sk", AttributeValue.fromS("KEY#" + keyId)))
                .updateExpression("SET #a = :v").conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(Map.of("#a", attribute))
                .expressionAttributeValues(Map.of(":v", stored)));
    }
}
