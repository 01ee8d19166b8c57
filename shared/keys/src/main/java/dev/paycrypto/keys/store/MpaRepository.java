package dev.paycrypto.keys.store;

import java.util.Optional;

/**
 * Multi-party approval in one Region: at most one team association per protected action per account, and the
 * approval sessions (each at most one per association change or per imported key, as the use case keeps them).
 * Writes are conditional as everywhere in {@link KeyStore}: creating what exists, or replacing a version that moved
 * on, throws {@link StoreConflictException} and changes nothing.
 */
public interface MpaRepository {

    void createMpaAssociation(MpaAssociationRecord association);

    Optional<MpaAssociationRecord> findMpaAssociation(String account, String action);

    /** Writes {@code updated} over the version before it. */
    void replaceMpaAssociation(MpaAssociationRecord updated);

    /** Deletes the association if it is still at {@code version}; false if it changed or is gone. */
    boolean deleteMpaAssociation(String account, String action, long version);

    void createMpaSession(MpaSessionRecord session);

    Optional<MpaSessionRecord> findMpaSession(String account, String sessionId);

    /** Writes {@code updated} over the version before it. */
    void replaceMpaSession(MpaSessionRecord updated);
}
