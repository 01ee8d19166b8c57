package dev.paycrypto.local.store;

import dev.paycrypto.keys.store.SealedRecord;
import dev.paycrypto.keys.store.SealedRecordRepository;
import java.util.Optional;

/**
 * Sealed records in the table {@code sealed_records}, one row each under (account, kind, id): inserted only if
 * absent and deleted by one caller only, so that a token is issued once and consumed once.
 */
final class SqliteSealedRecords implements SealedRecordRepository {

    private final SqliteDatabase database;

    SqliteSealedRecords(SqliteDatabase database) {
        this.database = database;
        database.execute("CREATE TABLE IF NOT EXISTS sealed_records (account TEXT NOT NULL, kind TEXT NOT NULL, "
                + "id TEXT NOT NULL, sealed_block TEXT NOT NULL, public_data TEXT, expires_at INTEGER, "
                + "PRIMARY KEY (account, kind, id))");
    }

    @Override
    public boolean putSealedRecordIfAbsent(SealedRecord record) {
        return database.update("INSERT OR IGNORE INTO sealed_records "
                        + "(account, kind, id, sealed_block, public_data, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
                p -> p.text(record.account()).name(record.kind()).text(record.id()).text(record.sealedBlock())
                        .text(record.publicData()).instant(record.expiresAt())) == 1;
    }

    @Override
    public Optional<SealedRecord> findSealedRecord(String account, SealedRecord.Kind kind, String id) {
        return database.queryFirst("SELECT sealed_block, public_data, expires_at FROM sealed_records "
                        + "WHERE account = ? AND kind = ? AND id = ?", p -> p.text(account).name(kind).text(id),
                row -> new SealedRecord(account, kind, id, row.text(), row.text(), row.instant()));
    }

    @Override
    public boolean deleteSealedRecord(String account, SealedRecord.Kind kind, String id) {
        return database.update("DELETE FROM sealed_records WHERE account = ? AND kind = ? AND id = ?",
                p -> p.text(account).name(kind).text(id)) == 1;
    }
}
