package dev.paycrypto.local.store;

import dev.paycrypto.keys.store.MpaAssociationRecord;
import dev.paycrypto.keys.store.MpaRepository;
import dev.paycrypto.keys.store.MpaSessionRecord;
import dev.paycrypto.keys.store.Versions;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Multi-party approval in the tables {@code mpa_associations} (one row per account and action) and
 * {@code mpa_sessions} (one row per account and session id), both versioned: every write is one statement,
 * conditional on the row's absence or version.
 */
final class SqliteMpa implements MpaRepository {

    private static final String SELECT_ASSOCIATION = "SELECT account, action, team_arn, state, pending_team_arn, "
            + "session_id, version FROM mpa_associations WHERE account = ? AND action = ?";
    private static final String SELECT_SESSION = "SELECT account, session_id, session_arn, purpose, action, team_arn, "
            + "subject, status, initiated, expires, status_message, version FROM mpa_sessions "
            + "WHERE account = ? AND session_id = ?";

    private final SqliteDatabase database;

    SqliteMpa(SqliteDatabase database) {
        this.database = database;
        database.execute("CREATE TABLE IF NOT EXISTS mpa_associations (account TEXT NOT NULL, action TEXT NOT NULL, "
                        + "team_arn TEXT NOT NULL, state TEXT NOT NULL, pending_team_arn TEXT, session_id TEXT, "
                        + "version INTEGER NOT NULL, PRIMARY KEY (account, action))",
                "CREATE TABLE IF NOT EXISTS mpa_sessions (account TEXT NOT NULL, session_id TEXT NOT NULL, "
                        + "session_arn TEXT NOT NULL, purpose TEXT NOT NULL, action TEXT NOT NULL, "
                        + "team_arn TEXT NOT NULL, subject TEXT NOT NULL, status TEXT NOT NULL, "
                        + "initiated INTEGER NOT NULL, expires INTEGER NOT NULL, status_message TEXT, "
                        + "version INTEGER NOT NULL, PRIMARY KEY (account, session_id))");
    }

    @Override
    public void createMpaAssociation(MpaAssociationRecord a) {
        Versions.requireFirst(a.version());
        database.insert("INSERT INTO mpa_associations (account, action, team_arn, state, pending_team_arn, "
                        + "session_id, version) VALUES (?, ?, ?, ?, ?, ?, ?)",
                p -> p.text(a.account()).text(a.action()).text(a.teamArn()).name(a.state()).text(a.pendingTeamArn())
                        .text(a.sessionId()).number(a.version()), "The MPA association of " + a.action());
    }

    @Override
    public Optional<MpaAssociationRecord> findMpaAssociation(String account, String action) {
        return database.queryFirst(SELECT_ASSOCIATION, p -> p.text(account).text(action), SqliteMpa::association);
    }

    @Override
    public void replaceMpaAssociation(MpaAssociationRecord a) {
        database.updateOne("UPDATE mpa_associations SET team_arn = ?, state = ?, pending_team_arn = ?, "
                        + "session_id = ?, version = ? WHERE account = ? AND action = ? AND version = ?",
                p -> p.text(a.teamArn()).name(a.state()).text(a.pendingTeamArn()).text(a.sessionId())
                        .number(a.version()).text(a.account()).text(a.action()).number(a.version() - 1),
                "The MPA association of " + a.action());
    }

    @Override
    public boolean deleteMpaAssociation(String account, String action, long version) {
        return database.update("DELETE FROM mpa_associations WHERE account = ? AND action = ? AND version = ?",
                p -> p.text(account).text(action).number(version)) == 1;
    }

    @Override
    public void createMpaSession(MpaSessionRecord s) {
        Versions.requireFirst(s.version());
        database.insert("INSERT INTO mpa_sessions (account, session_id, session_arn, purpose, action, team_arn, "
                        + "subject, status, initiated, expires, status_message, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p -> p.text(s.account()).text(s.sessionId()).text(s.sessionArn()).name(s.purpose()).text(s.action())
                        .text(s.teamArn()).text(s.subject()).name(s.status()).instant(s.initiated())
                        .instant(s.expires()).text(s.statusMessage()).number(s.version()),
                "The MPA session " + s.sessionId());
    }

    @Override
    public Optional<MpaSessionRecord> findMpaSession(String account, String sessionId) {
        return database.queryFirst(SELECT_SESSION, p -> p.text(account).text(sessionId), SqliteMpa::session);
    }

    @Override
    public void replaceMpaSession(MpaSessionRecord s) {
        database.updateOne("UPDATE mpa_sessions SET status = ?, status_message = ?, version = ? "
                        + "WHERE account = ? AND session_id = ? AND version = ?",
                p -> p.name(s.status()).text(s.statusMessage()).number(s.version()).text(s.account())
                        .text(s.sessionId()).number(s.version() - 1), "The MPA session " + s.sessionId());
    }

    private static MpaAssociationRecord association(SqlRow row) throws SQLException {
        return new MpaAssociationRecord(row.text(), row.text(), row.text(),
                MpaAssociationRecord.State.valueOf(row.text()), row.text(), row.text(), row.number());
    }

    private static MpaSessionRecord session(SqlRow row) throws SQLException {
        return new MpaSessionRecord(row.text(), row.text(), row.text(), MpaSessionRecord.Purpose.valueOf(row.text()),
                row.text(), row.text(), row.text(), MpaSessionRecord.Status.valueOf(row.text()), row.instant(),
                row.instant(), row.text(), row.number());
    }
}
