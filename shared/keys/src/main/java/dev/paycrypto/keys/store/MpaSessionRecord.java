package dev.paycrypto.keys.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One multi-party approval session: what waits for approval ({@code purpose} and its {@code subject}: the team that
 * would replace the associated one, or the id of the key a root certificate import created), the team whose
 * approval it needs ({@code teamArn}), its {@code status}, when it began and when it expires, and a status message
 * (never a secret). {@code version} increases by one on every write.
 */
public record MpaSessionRecord(String account, String sessionId, String sessionArn, Purpose purpose, String action,
                               String teamArn, String subject, Status status, Instant initiated, Instant expires,
                               String statusMessage, long version) {

    /** What the session would let happen. */
    public enum Purpose { UPDATE_TEAM, DISASSOCIATE_TEAM, IMPORT_ROOT_CERTIFICATE }

    /** The model's {@code SessionStatus}. */
    public enum Status { PENDING, APPROVED, FAILED, CANCELLED }

    public MpaSessionRecord {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(sessionArn, "sessionArn");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(teamArn, "teamArn");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(initiated, "initiated");
        Objects.requireNonNull(expires, "expires");
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    /** Whether a pending session has run out of time at {@code now}. */
    public boolean isExpiredAt(Instant now) {
        return isPending() && !now.isBefore(expires);
    }

    /** The next version of this session, decided. */
    public MpaSessionRecord decided(Status decided, String message) {
        return new MpaSessionRecord(account, sessionId, sessionArn, purpose, action, teamArn, subject, decided,
                initiated, expires, message, version + 1);
    }
}
