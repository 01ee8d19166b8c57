package dev.paycrypto.keys.store;

import java.util.Objects;

/**
 * An account's multi-party approval team for one protected action ({@code action}, the model's {@code MpaOperation}
 * name): the team in force ({@code teamArn}), whether a change to it waits for that team's approval ({@code state}),
 * the team that would replace it ({@code pendingTeamArn}, while {@code UPDATE_PENDING}), and the id of the latest
 * approval session about the association ({@code sessionId}, null before the first). {@code version} increases by one
 * on every write. One per action per account.
 */
public record MpaAssociationRecord(String account, String action, String teamArn, State state,
                                   String pendingTeamArn, String sessionId, long version) {

    /** The model's {@code AssociationState}. */
    public enum State { ACTIVE, UPDATE_PENDING, DELETE_PENDING }

    public MpaAssociationRecord {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(teamArn, "teamArn");
        Objects.requireNonNull(state, "state");
    }

    /** The next version of this association, in {@code state}. */
    public MpaAssociationRecord next(String team, State newState, String pendingTeam, String session) {
        return new MpaAssociationRecord(account, action, team, newState, pendingTeam, session, version + 1);
    }
}
