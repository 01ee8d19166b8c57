package dev.paycrypto.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.keys.MasterKeyCheckValue;
import dev.paycrypto.keys.MasterKeyUnavailableException;
import dev.paycrypto.keys.MasterKeyUnavailableException.Reason;
import dev.paycrypto.keys.SealedFixtures;
import dev.paycrypto.aws.DynamoDbKeyStore;
import dev.paycrypto.aws.KmsMasterKeyProvider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DataKeySpec;

/**
 * The deployed master key: a KMS data key (KMS played by moto_server, preinstalled on these machines) kept
 * encrypted in the key table (DynamoDB Local), a new table per test. Cold starts agree on one key, a later start
 * decrypts the same key back, and a key item that is deleted or replaced while the table holds keys is refused,
 * never replaced.
 */
class KmsMasterKeyProviderIT {

    private static final Map<String, AttributeValue> MASTER_KEY_ITEM = Map.of("pk", AttributeValue.fromS("SYSTEM"),
            "sk", AttributeValue.fromS("MASTER_KEY"));
    private static final Map<String, AttributeValue> CHECK_VALUE_ITEM = Map.of("pk", AttributeValue.fromS("SYSTEM"),
            "sk", AttributeValue.fromS("MASTER_KEY_CHECK"));

    private static MotoServer moto;
    private static DynamoDbLocal dynamo;
    private static KmsClient kms;
    private static DynamoDbClient client;
    private static String kmsKey;
    private String tableName;
    private DynamoDbKeyStore store;

    @BeforeAll
    static void start() throws Exception {
        moto = MotoServer.start();
        kms = moto.client(KmsClient.builder(), Region.US_EAST_1);
        kmsKey = kms.createKey(r -> r.description("paycrypto test")).keyMetadata().keyId();
        dynamo = new DynamoDbLocal();
        client = dynamo.client();
    }

    @AfterAll
    static void stop() {
        if (moto != null) {
            moto.close();
        }
        if (dynamo != null) {
            dynamo.close();
        }
    }

    @BeforeEach
    void newTable() {
        tableName = dynamo.newTable();
        store = new DynamoDbKeyStore(client, tableName);
    }

    @Test
    void aDecryptOnlyProviderNeverCreatesTheDataKeyAndReadsTheOneACreatorStored() {
        assertThatThrownBy(() -> KmsMasterKeyProvider.decryptOnly(kms, kmsKey, store.masterKeyRepository())
                .storageKey())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No storage key is stored")
                .hasMessageContaining("may only decrypt");
        assertThat(store.masterKeyRepository().load()).as("nothing stored by the refusal").isEmpty();

        SecretBytes created = provider().storageKey();
        assertThat(KmsMasterKeyProvider.decryptOnly(kms, kmsKey, store.masterKeyRepository()).storageKey())
                .isEqualTo(created);
    }

    @Test
    void coldStartsOnAFreshTableAgreeOnOneKeyAndRecordItsCheckValue() {
        KmsMasterKeyProvider first = provider();
        KmsMasterKeyProvider second = provider();
        assertThat(first.storageKey().length()).isEqualTo(32);
        assertThat(second.storageKey()).isEqualTo(first.storageKey());
        byte[] stored = store.masterKeyRepository().load().orElseThrow();
        assertThat(stored).isNotEqualTo(first.storageKey().copy());
        assertThat(store.masterKeyRepository().masterKeyCheckValue())
                .contains(MasterKeyCheckValue.of(first.storageKey()));
        assertThat(systemItems()).containsExactlyInAnyOrder("MASTER_KEY", "MASTER_KEY_CHECK");
        assertThat(provider().storageKey()).isEqualTo(first.storageKey());
        assertThat(store.masterKeyRepository().load().orElseThrow()).isEqualTo(stored);
    }

    @Test
    void aLaterColdStartOpensEveryKey() {
        SealedFixtures.storeKeys(store, provider());
        SealedFixtures.assertEveryKeyOpens(store, provider());
    }

    @Test
    void aDeletedKeyItemIsRefusedWhileTheTableHoldsKeysAndOpensEveryKeyWhenRestored() {
        SealedFixtures.storeKeys(store, provider());
        Map<String, AttributeValue> saved = item(MASTER_KEY_ITEM);
        client.deleteItem(r -> r.tableName(tableName).key(MASTER_KEY_ITEM));

        KmsMasterKeyProvider refused = provider();
        assertThatThrownBy(refused::storageKey)
                .isInstanceOfSatisfying(MasterKeyUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.MISSING);
                    assertThat(e.getMessage()).isEqualTo("The encrypted master key (item SYSTEM/MASTER_KEY of "
                            + "DynamoDB table " + tableName + ", under KMS key " + kmsKey + ") is missing, but "
                            + "DynamoDB table " + tableName + " holds keys sealed under it: restore that item from a "
                            + "backup of the table (point-in-time recovery); a new master key is made only for a "
                            + "table that holds nothing.");
                });
        assertThat(systemItems()).containsExactly("MASTER_KEY_CHECK");

        client.putItem(r -> r.tableName(tableName).item(saved));
        // the same process recovers once the item is back: a refusal is not cached
        SealedFixtures.assertEveryKeyOpens(store, refused);
    }

    @Test
    void aKeyItemOfAnotherDataKeyIsRefused() {
        SealedFixtures.storeKeys(store, provider());
        replaceDataKey();
        assertThatThrownBy(() -> provider().storageKey())
                .isInstanceOfSatisfying(MasterKeyUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DIFFERENT));
    }

    @Test
    void aTableOfAnEarlierVersionGainsTheCheckValueOfTheKeyThatOpensItsKeys() {
        KmsMasterKeyProvider original = provider();
        SealedFixtures.storeKeys(store, original);
        client.deleteItem(r -> r.tableName(tableName).key(CHECK_VALUE_ITEM));

        KmsMasterKeyProvider upgraded = provider();
        SealedFixtures.assertEveryKeyOpens(store, upgraded);
        assertThat(store.masterKeyRepository().masterKeyCheckValue())
                .contains(MasterKeyCheckValue.of(original.storageKey()));
    }

    @Test
    void aTableOfAnEarlierVersionRefusesAnotherDataKeyAndRecordsNothing() {
        SealedFixtures.storeKeys(store, provider());
        client.deleteItem(r -> r.tableName(tableName).key(CHECK_VALUE_ITEM));
        replaceDataKey();
        assertThatThrownBy(() -> provider().storageKey())
                .isInstanceOfSatisfying(MasterKeyUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DIFFERENT));
        assertThat(store.masterKeyRepository().masterKeyCheckValue()).isEmpty();
    }

    @Test
    void aTableOfAnEarlierVersionWithoutItsKeyItemGetsNoNewKey() {
        SealedFixtures.storeKeys(store, provider());
        client.deleteItem(r -> r.tableName(tableName).key(CHECK_VALUE_ITEM));
        client.deleteItem(r -> r.tableName(tableName).key(MASTER_KEY_ITEM));
        assertThatThrownBy(() -> provider().storageKey())
                .isInstanceOfSatisfying(MasterKeyUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MISSING));
        assertThat(systemItems()).isEmpty();
    }

    private KmsMasterKeyProvider provider() {
        return new KmsMasterKeyProvider(kms, kmsKey, store.masterKeyRepository());
    }

    /** Puts the ciphertext of another data key of the same KMS key into the key item. */
    private void replaceDataKey() {
        byte[] other = kms.generateDataKey(r -> r.keyId(kmsKey).keySpec(DataKeySpec.AES_256)).ciphertextBlob()
                .asByteArray();
        client.updateItem(r -> r.tableName(tableName).key(MASTER_KEY_ITEM).updateExpression("SET encryptedKey = :k")
                .expressionAttributeValues(Map.of(":k",
                        AttributeValue.fromS(java.util.Base64.getEncoder().encodeToString(other)))));
    }

    private Map<String, AttributeValue> item(Map<String, AttributeValue> key) {
        return client.getItem(r -> r.tableName(tableName).key(key).consistentRead(true)).item();
    }

    /** The sort keys of the table's SYSTEM items. */
    private List<String> systemItems() {
        return client.query(r -> r.tableName(tableName).keyConditionExpression("pk = :pk").consistentRead(true)
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("SYSTEM"))))
                .items().stream().map(i -> i.get("sk").s()).toList();
    }
}
