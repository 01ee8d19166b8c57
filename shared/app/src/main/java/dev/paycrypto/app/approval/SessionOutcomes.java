package dev.paycrypto.app.approval;

import dev.paycrypto.keys.KeyState;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.keys.store.KeyStore;
import dev.paycrypto.keys.store.MpaAssociationRecord;
import dev.paycrypto.keys.store.MpaSessionRecord;
import dev.paycrypto.keys.store.MpaSessionRecord.Purpose;
import dev.paycrypto.keys.store.MpaSessionRecord.Status;
import java.util.Optional;

/**
 * What a decided approval session brings about, each step conditional on the stored state still waiting for that
 * session: an approved root certificate import makes its key {@code CREATE_COMPLETE}, a failed one deletes the key;
 * an approved team change puts the new team in force or removes the association, a failed one leaves the current
 * team {@code ACTIVE}.
 */
final class SessionOutcomes {

    private final KeyStore store;

    SessionOutcomes(KeyStore store) {
        this.store = store;
    }

    /** What a decided session brings about; doing it again changes nothing. */
    void apply(MpaSessionRecord session) {
        boolean approved = session.status() == Status.APPROVED;
        switch (session.purpose()) {
            case IMPORT_ROOT_CERTIFICATE -> {
                Optional<StoredKey> key = store.findKey(session.account(), session.subject());
                if (key.isEmpty() || key.get().keyState() != KeyState.CREATE_IN_PROGRESS) {
                    return;
                }
                if (approved) {
                    store.updateKey(session.account(), session.subject(), k -> k.keyState()
                            == KeyState.CREATE_IN_PROGRESS ? k.toBuilder().keyState(KeyState.CREATE_COMPLETE).build() : k);
                } else {
                    store.deleteKey(session.account(), session.subject());
                }
            }
            case UPDATE_TEAM, DISASSOCIATE_TEAM -> {
                Optional<MpaAssociationRecord> found = store.findMpaAssociation(session.account(), session.action());
                if (found.isEmpty() || found.get().state() == MpaAssociationRecord.State.ACTIVE
                        || !session.sessionId().equals(found.get().sessionId())) {
                    return;
                }
                MpaAssociationRecord association = found.get();
                if (session.purpose() == Purpose.DISASSOCIATE_TEAM && approved) {
                    store.deleteMpaAssociation(association.account(), association.action(), association.version());
                    return;
                }
                String team = session.purpose() == Purpose.UPDATE_TEAM && approved ? association.pendingTeamArn()
                        : association.teamArn();
                store.replaceMpaAssociation(association.next(team, MpaAssociationRecord.State.ACTIVE, null,
                        association.sessionId()));
            }
            default -> throw new IllegalStateException("Unknown purpose " + session.purpose());
        }
    }
}
