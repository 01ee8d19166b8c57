package dev.paycrypto.keys.store;

import java.util.Optional;

/**
 * The sealed records of one Region (import and export tokens, certificate authorities): written once, read, and
 * consumed once, so that a token cannot be used twice.
 */
public interface SealedRecordRepository {

    /** Stores a sealed record unless one with the same account, kind and id exists; true if stored. */
    boolean putSealedRecordIfAbsent(SealedRecord record);

    Optional<SealedRecord> findSealedRecord(String account, SealedRecord.Kind kind, String id);

    /** Removes a sealed record; true if this call removed it (so a token can be consumed exactly once). */
    boolean deleteSealedRecord(String account, SealedRecord.Kind kind, String id);
}
