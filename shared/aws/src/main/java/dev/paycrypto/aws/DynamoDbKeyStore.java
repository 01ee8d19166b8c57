package dev.paycrypto.aws;

import dev.paycrypto.keys.store.ComposedKeyStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The deployed key store: one DynamoDB table (partition key {@code pk} = {@code ACCOUNT#<account>}, sort key
 * {@code sk} = {@code KEY#<id>}, {@code ALIAS#<name>}, {@code SEALED#<kind>#<id>}, {@code POLICY#<key id>}, {@code SETTINGS},
 * {@code MPATEAM#<action>} or {@code MPASESSION#<id>}; {@code pk} = {@code SYSTEM} for the master key's items), one part per record kind over the shared
 * {@link KeyTable} mechanics. Every write is conditional: absence on create, {@code version = :expected} on
 * replace, existence on delete.
 */
public final class DynamoDbKeyStore extends ComposedKeyStore {

    private final KeyTable table;

    public DynamoDbKeyStore(DynamoDbClient client, String tableName) {
        this(new KeyTable(client, tableName));
    }

    private DynamoDbKeyStore(KeyTable table) {
        super(new DynamoDbKeys(table), new DynamoDbAliases(table), new DynamoDbSealedRecords(table),
                new DynamoDbAccountSettings(table), new DynamoDbResourcePolicies(table), new DynamoDbMpa(table));
        this.table = table;
    }

    /** Creates the key table (for tests and local setups; deployments declare it in template.yaml). */
    public static void createTable(DynamoDbClient client, String tableName) {
        KeyTable.create(client, tableName);
    }

    /** The table's items about its master key: the KMS-encrypted storage key and its check value. */
    public EncryptedMasterKeyRepository masterKeyRepository() {
        return new DynamoDbMasterKeyItems(table);
    }
}
