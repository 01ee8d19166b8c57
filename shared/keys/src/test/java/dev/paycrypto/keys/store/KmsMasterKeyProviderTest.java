package dev.paycrypto.keys.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import dev.paycrypto.keys.store.dynamodb.DynamoDbKeyStore;
import dev.paycrypto.keys.store.dynamodb.KmsMasterKeyProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * The deployed master key: a KMS data key (KMS played by moto_server, preinstalled on these machines) kept
 * encrypted in the key table (DynamoDB Local). Two cold starts must agree on one key, and a later start must
 * decrypt the same key back. A decrypt-only provider (a function whose role may not generate data keys) never
 * creates one.
 */
class KmsMasterKeyProviderTest {

    private static MotoServer moto;
    private static AmazonDynamoDBLocal dynamo;
    private static KmsClient kms;
    private static DynamoDbKeyStore store;

    @BeforeAll
    static void start() throws Exception {
        moto = MotoServer.start();
        kms = moto.client(KmsClient.builder(), Region.US_EAST_1);
        dynamo = DynamoDBEmbedded.create();
        DynamoDbClient client = dynamo.dynamoDbClient();
        DynamoDbKeyStore.createTable(client, "keys");
        store = new DynamoDbKeyStore(client, "keys");
    }

    @AfterAll
    static void stop() {
        if (moto != null) {
            moto.close();
        }
        if (dynamo != null) {
            dynamo.shutdownNow();
        }
    }

    @Test
    void coldStartsAgreeOnOneKmsProtectedStorageKey() {
        String kmsKey = kms.createKey(r -> r.description("paycrypto test")).keyMetadata().keyId();
        KmsMasterKeyProvider first = new KmsMasterKeyProvider(kms, kmsKey, store.masterKeyRepository());
        KmsMasterKeyProvider second = new KmsMasterKeyProvider(kms, kmsKey, store.masterKeyRepository());
        assertThat(first.storageKey().length()).isEqualTo(32);
        assertThat(second.storageKey()).isEqualTo(first.storageKey());
        byte[] stored = store.masterKeyRepository().load().orElseThrow();
        assertThat(stored).isNotEqualTo(first.storageKey().copy());
        assertThat(new KmsMasterKeyProvider(kms, kmsKey, store.masterKeyRepository()).storageKey())
                .isEqualTo(first.storageKey());
    }

    @Test
    void aDecryptOnlyProviderNeverCreatesTheDataKeyAndReadsTheOneACreatorStored() {
        DynamoDbKeyStore table = new DynamoDbKeyStore(dynamo.dynamoDbClient(), "decrypt-only");
        DynamoDbKeyStore.createTable(dynamo.dynamoDbClient(), "decrypt-only");
        String kmsKey = kms.createKey(r -> r.description("paycrypto decrypt-only test")).keyMetadata().keyId();

        assertThatThrownBy(() -> KmsMasterKeyProvider.decryptOnly(kms, kmsKey, table.masterKeyRepository())
                .storageKey())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No storage key is stored")
                .hasMessageContaining("may only decrypt");
        assertThat(table.masterKeyRepository().load()).as("nothing stored by the refusal").isEmpty();

        var created = new KmsMasterKeyProvider(kms, kmsKey, table.masterKeyRepository()).storageKey();
        assertThat(KmsMasterKeyProvider.decryptOnly(kms, kmsKey, table.masterKeyRepository()).storageKey())
                .isEqualTo(created);
    }
}
