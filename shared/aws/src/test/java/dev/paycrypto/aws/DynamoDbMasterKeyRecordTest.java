package dev.paycrypto.aws;

import dev.paycrypto.keys.store.KeyStore;
import dev.paycrypto.keys.store.MasterKeyRecordContractTest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paycrypto.keys.MasterKeyRecord;
import dev.paycrypto.aws.DynamoDbKeyStore;
import dev.paycrypto.aws.EncryptedMasterKeyRepository;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The master-key record contract against the DynamoDB adapter (DynamoDB Local), a new table per test. */
class DynamoDbMasterKeyRecordTest extends MasterKeyRecordContractTest {

    private static DynamoDbLocal dynamo;
    private static DynamoDbClient client;
    private String tableName;
    private DynamoDbKeyStore store;
    private EncryptedMasterKeyRepository record;

    @BeforeAll
    static void start() {
        dynamo = new DynamoDbLocal();
        client = dynamo.client();
    }

    @AfterAll
    static void stop() {
        dynamo.close();
    }

    @BeforeEach
    void newTable() {
        tableName = dynamo.newTable();
        store = new DynamoDbKeyStore(client, tableName);
        record = store.masterKeyRepository();
    }

    @Override
    protected KeyStore keyStore() {
        return store;
    }

    @Override
    protected MasterKeyRecord record() {
        return record;
    }

    @Test
    void auditRecordsSharingTheTableLeaveItNew() {
        client.putItem(r -> r.tableName(tableName).item(Map.of("pk", AttributeValue.fromS("AUDIT#111122223333"),
                "sk", AttributeValue.fromS("2026-01-01T00:00:00Z#event"), "record", AttributeValue.fromS("{}"))));
        assertThat(record.isNew()).isTrue();
        assertThat(record.anySealedBlock()).isEmpty();
    }

    @Test
    void theEncryptedKeyItemAloneLeavesTheTableNew() {
        assertThat(record.storeIfAbsent(new byte[] {1, 2, 3})).isTrue();
        assertThat(record.storeIfAbsent(new byte[] {4, 5, 6})).isFalse();
        assertThat(record.load()).hasValueSatisfying(stored -> assertThat(stored).containsExactly(1, 2, 3));
        assertThat(record.isNew()).isTrue();
        assertThat(record.location()).isEqualTo("DynamoDB table " + tableName);
        assertThat(record.encryptedKeyLocation()).isEqualTo("item SYSTEM/MASTER_KEY of DynamoDB table " + tableName);
    }
}
