package dev.paycrypto.aws;

import static dev.paycrypto.aws.KeyTable.partition;

import dev.paycrypto.keys.store.SealedRecord;
import dev.paycrypto.keys.store.SealedRecordRepository;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;

/**
 * Sealed records in the key table: one item each at {@code ACCOUNT#<account>}/{@code SEALED#<kind>#<id>}, written
 * only if absent and deleted only if present, so that a token is issued once and consumed once. An expiring record
 * carries {@code expiresAt} in epoch seconds, the table's TTL attribute.
 */
final class DynamoDbSealedRecords implements SealedRecordRepository {

    static final String PREFIX = "SEALED#";
    /** The attribute holding a record's sealed block. */
    static final String BLOCK = "sealedBlock";
    private static final String EXPIRES_AT = "expiresAt";

    private final KeyTable table;

    DynamoDbSealedRecords(KeyTable table) {
        this.table = table;
    }

    @Override
    public boolean putSealedRecordIfAbsent(SealedRecord record) {
        EnhancedDocument.Builder item = KeyTable.item(partition(record.account()), sortKey(record.kind(), record.id()))
                .putString(BLOCK, record.sealedBlock());
        KeyTable.putOptional(item, "publicData", record.publicData());
        if (record.expiresAt() != null) {
            // DynamoDB TTL reads epoch seconds
            item.putNumber(EXPIRES_AT, record.expiresAt().getEpochSecond());
        }
        return table.putIfAbsent(item.build());
    }

    @Override
    public Optional<SealedRecord> findSealedRecord(String account, SealedRecord.Kind kind, String id) {
        return table.get(partition(account), sortKey(kind, id)).map(item -> new SealedRecord(account, kind, id,
                item.getString(BLOCK), KeyTable.optionalString(item, "publicData"),
                item.isPresent(EXPIRES_AT) ? Instant.ofEpochSecond(item.getNumber(EXPIRES_AT).longValue()) : null));
    }

    @Override
    public boolean deleteSealedRecord(String account, SealedRecord.Kind kind, String id) {
        return table.delete(partition(account), sortKey(kind, id));
    }

    private static String sortKey(SealedRecord.Kind kind, String id) {
        return PREFIX + kind.name() + "#" + id;
    }
}
