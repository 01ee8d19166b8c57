package dev.paycrypto.aws;

import static dev.paycrypto.aws.KeyTable.partition;

import dev.paycrypto.keys.store.MpaAssociationRecord;
import dev.paycrypto.keys.store.MpaRepository;
import dev.paycrypto.keys.store.MpaSessionRecord;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;

/**
 * Multi-party approval in the key table: an association at {@code ACCOUNT#<account>}/{@code MPATEAM#<action>} and a
 * session at {@code ACCOUNT#<account>}/{@code MPASESSION#<id>}, both versioned like keys.
 */
final class DynamoDbMpa implements MpaRepository {

    static final String TEAM_PREFIX = "MPATEAM#";
    static final String SESSION_PREFIX = "MPASESSION#";

    private final KeyTable table;

    DynamoDbMpa(KeyTable table) {
        this.table = table;
    }

    @Override
    public void createMpaAssociation(MpaAssociationRecord association) {
        table.createFirst(item(association), association.version(),
                "The MPA association of " + association.action());
    }

    @Override
    public Optional<MpaAssociationRecord> findMpaAssociation(String account, String action) {
        return table.get(partition(account), TEAM_PREFIX + action).map(DynamoDbMpa::association);
    }

    @Override
    public void replaceMpaAssociation(MpaAssociationRecord updated) {
        table.replaceVersion(item(updated), updated.version(), "The MPA association of " + updated.action());
    }

    @Override
    public boolean deleteMpaAssociation(String account, String action, long version) {
        return table.deleteVersion(partition(account), TEAM_PREFIX + action, version);
    }

    @Override
    public void createMpaSession(MpaSessionRecord session) {
        table.createFirst(item(session), session.version(), "The MPA session " + session.sessionId());
    }

    @Override
    public Optional<MpaSessionRecord> findMpaSession(String account, String sessionId) {
        return table.get(partition(account), SESSION_PREFIX + sessionId).map(DynamoDbMpa::session);
    }

    @Override
    public void replaceMpaSession(MpaSessionRecord updated) {
        table.replaceVersion(item(updated), updated.version(), "The MPA session " + updated.sessionId());
    }

    private static EnhancedDocument item(MpaAssociationRecord a) {
        EnhancedDocument.Builder item = KeyTable.item(partition(a.account()), TEAM_PREFIX + a.action())
                .putString("action", a.action())
                .putString("teamArn", a.teamArn())
                .putString("state", a.state().name())
                .putNumber("version", a.version());
        KeyTable.putOptional(item, "pendingTeamArn", a.pendingTeamArn());
        KeyTable.putOptional(item, "sessionId", a.sessionId());
        return item.build();
    }

    private static MpaAssociationRecord association(EnhancedDocument item) {
        return new MpaAssociationRecord(KeyTable.account(item), item.getString("action"), item.getString("teamArn"),
                MpaAssociationRecord.State.valueOf(item.getString("state")),
                KeyTable.optionalString(item, "pendingTeamArn"), KeyTable.optionalString(item, "sessionId"),
                item.getNumber("version").longValue());
    }

    private static EnhancedDocument item(MpaSessionRecord s) {
        EnhancedDocument.Builder item = KeyTable.item(partition(s.account()), SESSION_PREFIX + s.sessionId())
                .putString("sessionId", s.sessionId())
                .putString("sessionArn", s.sessionArn())
                .putString("purpose", s.purpose().name())
                .putString("action", s.action())
                .putString("teamArn", s.teamArn())
                .putString("subject", s.subject())
                .putString("status", s.status().name())
                .putNumber("version", s.version());
        KeyTable.putInstant(item, "initiated", s.initiated());
        KeyTable.putInstant(item, "expires", s.expires());
        KeyTable.putOptional(item, "statusMessage", s.statusMessage());
        return item.build();
    }

    private static MpaSessionRecord session(EnhancedDocument item) {
        return new MpaSessionRecord(KeyTable.account(item), item.getString("sessionId"), item.getString("sessionArn"),
                MpaSessionRecord.Purpose.valueOf(item.getString("purpose")), item.getString("action"),
                item.getString("teamArn"), item.getString("subject"),
                MpaSessionRecord.Status.valueOf(item.getString("status")), KeyTable.instant(item, "initiated"),
                KeyTable.instant(item, "expires"), KeyTable.optionalString(item, "statusMessage"),
                item.getNumber("version").longValue());
    }
}
