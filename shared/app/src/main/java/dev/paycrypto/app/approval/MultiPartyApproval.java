package dev.paycrypto.app.approval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.api.control.AssociateMpaTeamInput;
import dev.paycrypto.api.control.AssociateMpaTeamOutput;
import dev.paycrypto.api.control.AssociationState;
import dev.paycrypto.api.control.DisassociateMpaTeamInput;
import dev.paycrypto.api.control.DisassociateMpaTeamOutput;
import dev.paycrypto.api.control.GetMpaTeamAssociationInput;
import dev.paycrypto.api.control.GetMpaTeamAssociationOutput;
import dev.paycrypto.api.control.Key;
import dev.paycrypto.api.control.MpaOperation;
import dev.paycrypto.api.control.MpaStatus;
import dev.paycrypto.api.control.MpaTeamAssociation;
import dev.paycrypto.api.control.SessionStatus;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ConflictException;
import dev.paycrypto.app.errors.ResourceNotFoundException;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.events.DetailType;
import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.events.EventBus;
import dev.paycrypto.app.events.EventRefusedException;
import dev.paycrypto.app.events.UniqueIds;
import dev.paycrypto.app.keys.KeyShapes;
import dev.paycrypto.keys.KeyArns;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyOrigin;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.keys.store.KeyStore;
import dev.paycrypto.keys.store.MpaAssociationRecord;
import dev.paycrypto.keys.store.MpaSessionRecord;
import dev.paycrypto.keys.store.MpaSessionRecord.Purpose;
import dev.paycrypto.keys.store.MpaSessionRecord.Status;
import dev.paycrypto.keys.store.StoreConflictException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Multi-party approval (User Guide, "Multi-party approval"): an account associates an approval team with the one
 * protected action, importing a root certificate. Associating the first team takes effect at once; replacing it
 * ({@code UPDATE_PENDING}) or disassociating it ({@code DELETE_PENDING}) waits for the current team's approval, and
 * so does each root certificate import while a team is associated (the key is kept {@code CREATE_IN_PROGRESS}, which
 * no operation may use). A session is decided by an {@code MPA Approval Decision} event ({@link #decide}); one left
 * undecided for {@link #SESSION_LIFETIME} counts as failed when it is next read or acted on. A decided session's
 * consequence ({@link SessionOutcomes}) is idempotent, so a decision interrupted half way is finished by the next read.
 */
public final class MultiPartyApproval {

    /** How long the team has to decide. */
    public static final Duration SESSION_LIFETIME = Duration.ofHours(24);
    /** The longest approver's comment a decision may carry. */
    public static final int MAX_COMMENT = 500;
    private static final String ROOT_IMPORT = MpaOperation.IMPORT_ROOT_PUBLIC_KEY_CERTIFICATE.name();
    private static final String IMPORT_SESSION = "import-";
    private static final Pattern TEAM_ARN = Pattern.compile(
            "arn:(aws(?:-[^:]+)?):mpa:[a-z0-9-]{1,20}:[0-9]{12}:approval-team/([a-zA-Z0-9._-]+)");
    private static final Pattern SESSION_ARN = Pattern.compile(
            "arn:aws(?:-[^:]+)?:mpa:([a-z0-9-]{1,20}):([0-9]{12}):session/[a-zA-Z0-9._-]+/([a-zA-Z0-9_-]+)");

    private final KeyStore store;
    private final SecureRandom random;
    private final EventBus events;
    private final SessionOutcomes outcomes;

    public MultiPartyApproval(KeyStore store, SecureRandom random, EventBus events) {
        this.store = store;
        this.random = random;
        this.events = events;
        this.outcomes = new SessionOutcomes(store);
    }

    public AssociateMpaTeamOutput associate(AssociateMpaTeamInput request, CallContext context) {
        String action = request.action().name();
        teamArn(request.mpaTeamArn());
        Optional<MpaAssociationRecord> found = current(context.account(), action, context.now());
        if (found.isEmpty()) {
            MpaAssociationRecord created = new MpaAssociationRecord(context.account(), action, request.mpaTeamArn(),
                    MpaAssociationRecord.State.ACTIVE, null, null, 1);
            store.createMpaAssociation(created);
            return new AssociateMpaTeamOutput(shape(created));
        }
        MpaAssociationRecord association = requireActive(found.get());
        if (association.teamArn().equals(request.mpaTeamArn())) {
            return new AssociateMpaTeamOutput(shape(association));
        }
        MpaSessionRecord session = start(context, Purpose.UPDATE_TEAM, association.teamArn(), request.mpaTeamArn(),
                "team-" + KeyArns.newKeyId(random));
        MpaAssociationRecord pending = association.next(association.teamArn(),
                MpaAssociationRecord.State.UPDATE_PENDING, request.mpaTeamArn(), session.sessionId());
        store.replaceMpaAssociation(pending);
        return new AssociateMpaTeamOutput(shape(pending));
    }

    public GetMpaTeamAssociationOutput get(GetMpaTeamAssociationInput request, CallContext context) {
        return new GetMpaTeamAssociationOutput(shape(current(context.account(), request.action().name(),
                context.now()).orElseThrow(() -> notAssociated(request.action()))));
    }

    public DisassociateMpaTeamOutput disassociate(DisassociateMpaTeamInput request, CallContext context) {
        MpaAssociationRecord association = requireActive(current(context.account(), request.action().name(),
                context.now()).orElseThrow(() -> notAssociated(request.action())));
        MpaSessionRecord session = start(context, Purpose.DISASSOCIATE_TEAM, association.teamArn(),
                association.teamArn(), "team-" + KeyArns.newKeyId(random));
        MpaAssociationRecord pending = association.next(association.teamArn(),
                MpaAssociationRecord.State.DELETE_PENDING, null, session.sessionId());
        store.replaceMpaAssociation(pending);
        return new DisassociateMpaTeamOutput(shape(pending));
    }

    /**
     * For ImportKey of a root certificate: when a team is associated, the session that will decide the import, for a
     * key id it chose (the key is to be created under it, in {@code CREATE_IN_PROGRESS}); empty when none is.
     */
    public Optional<MpaSessionRecord> startRootImport(CallContext context, String requesterComment) {
        Optional<MpaAssociationRecord> team = current(context.account(), ROOT_IMPORT, context.now());
        if (team.isEmpty()) {
            return Optional.empty();
        }
        if (requesterComment == null || requesterComment.isBlank()) {
            throw new ValidationException("RequesterComment is required: importing a root certificate needs the "
                    + "approval of the multi-party approval team associated with " + ROOT_IMPORT);
        }
        String keyId = KeyArns.newKeyId(random);
        return Optional.of(start(context, Purpose.IMPORT_ROOT_CERTIFICATE, team.get().teamArn(), keyId,
                IMPORT_SESSION + keyId));
    }

    /**
     * A key as GetKey shows it: with the status of its approval when a root certificate import under a team made it.
     * A read only (GetKey may not write): a session past its expiry shows as failed; it is recorded so, and its key
     * removed, when it is next acted on (a decision about it).
     */
    public Key describe(StoredKey key, CallContext context) {
        if (key.attributes().keyClass() != KeyClass.PUBLIC_KEY || key.keyOrigin() != KeyOrigin.EXTERNAL) {
            return KeyShapes.key(key);  // only an imported certificate waits for approval
        }
        Optional<MpaSessionRecord> found = store.findMpaSession(key.account(), IMPORT_SESSION + key.keyId());
        if (found.isEmpty() || !found.get().subject().equals(key.keyId())) {
            return KeyShapes.key(key);
        }
        MpaSessionRecord session = found.get().isExpiredAt(context.now()) ? expired(found.get()) : found.get();
        return KeyShapes.key(key, status(session));
    }

    /**
     * An {@code MPA Approval Decision} of the team about {@code sessionArn}, in {@code account} and {@code region}:
     * refused (nothing changed) unless the session is of that account and Region, exists, and is pending and not
     * expired. The decided session.
     */
    public MpaSessionRecord decide(String account, String region, String sessionArn, boolean approve,
                                   String comment, Instant now) {
        Matcher arn = SESSION_ARN.matcher(sessionArn);
        if (!arn.matches()) {
            throw new EventRefusedException("sessionArn is not an MPA session ARN");
        }
        if (!arn.group(2).equals(account) || !arn.group(1).equals(region)) {
            throw new EventRefusedException("The session " + sessionArn + " is not of the event's account and Region");
        }
        MpaSessionRecord session = store.findMpaSession(account, arn.group(3))
                .filter(found -> found.sessionArn().equals(sessionArn))
                .orElseThrow(() -> new EventRefusedException("No approval session " + sessionArn));
        MpaSessionRecord settled = settle(session, now);
        if (!settled.isPending()) {
            throw new EventRefusedException("The approval session " + sessionArn + " is " + settled.status()
                    + " already: " + settled.statusMessage());
        }
        String message = (approve ? "Approved by the approval team" : "Rejected by the approval team")
                + (comment == null || comment.isBlank() ? "" : ": " + comment);
        MpaSessionRecord decided = session.decided(approve ? Status.APPROVED : Status.FAILED, message);
        try {
            store.replaceMpaSession(decided);
        } catch (StoreConflictException lost) {
            throw new EventRefusedException("The approval session " + sessionArn + " was decided concurrently");
        }
        outcomes.apply(decided);
        ObjectNode detail = JsonNodeFactory.instance.objectNode();
        detail.put("sessionArn", sessionArn);
        detail.put("purpose", decided.purpose().name());
        detail.put("action", decided.action());
        detail.put("status", decided.status().name());
        detail.put("subject", subjectArn(decided, region));
        events.publish(new Event(UniqueIds.timeOrderedUuid(), DetailType.MPA_SESSION_DECIDED, now, region, account,
                List.of(subjectArn(decided, region)), detail));
        return decided;
    }

    private static MpaSessionRecord expired(MpaSessionRecord session) {
        return session.decided(Status.FAILED, "The approval session expired at " + session.expires()
                + " before the team decided");
    }

    /** The model's view of a session. */
    public static MpaStatus status(MpaSessionRecord session) {
        return new MpaStatus(session.sessionArn(), SessionStatus.valueOf(session.status().name()),
                session.initiated(), session.statusMessage());
    }

    /** The association of an action, brought up to date with its latest session (expired, or decided). */
    private Optional<MpaAssociationRecord> current(String account, String action, Instant now) {
        Optional<MpaAssociationRecord> found = store.findMpaAssociation(account, action);
        if (found.isEmpty() || found.get().state() == MpaAssociationRecord.State.ACTIVE) {
            return found;
        }
        Optional<MpaSessionRecord> session = store.findMpaSession(account, found.get().sessionId());
        if (session.isEmpty() || settle(session.get(), now).isPending()) {
            return found;
        }
        return store.findMpaAssociation(account, action);
    }

    /** The session as it stands at {@code now}: an expired one failed, and a decided one's consequence applied. */
    private MpaSessionRecord settle(MpaSessionRecord session, Instant now) {
        MpaSessionRecord settled = session;
        if (session.isExpiredAt(now)) {
            settled = expired(session);
            try {
                store.replaceMpaSession(settled);
            } catch (StoreConflictException concurrently) {
                settled = store.findMpaSession(session.account(), session.sessionId()).orElse(settled);
            }
        }
        if (!settled.isPending()) {
            outcomes.apply(settled);
        }
        return settled;
    }

    private MpaSessionRecord start(CallContext context, Purpose purpose, String team, String subject,
                                   String sessionId) {
        Matcher arn = teamArn(team);
        String sessionArn = "arn:" + arn.group(1) + ":mpa:" + context.region() + ":" + context.account()
                + ":session/" + arn.group(2) + "/" + sessionId;
        MpaSessionRecord session = new MpaSessionRecord(context.account(), sessionId, sessionArn, purpose,
                ROOT_IMPORT, team, subject, Status.PENDING, context.now(), context.now().plus(SESSION_LIFETIME),
                "Waiting for the approval of " + team + " until " + context.now().plus(SESSION_LIFETIME), 1);
        store.createMpaSession(session);
        return session;
    }

    private MpaTeamAssociation shape(MpaAssociationRecord association) {
        MpaStatus status = association.sessionId() == null ? null
                : store.findMpaSession(association.account(), association.sessionId())
                        .map(MultiPartyApproval::status).orElse(null);
        return new MpaTeamAssociation(MpaOperation.valueOf(association.action()), association.teamArn(),
                AssociationState.valueOf(association.state().name()), status);
    }

    private static MpaAssociationRecord requireActive(MpaAssociationRecord association) {
        if (association.state() != MpaAssociationRecord.State.ACTIVE) {
            throw new ConflictException("The team association of " + association.action() + " is "
                    + association.state() + ": a change waits for the approval of " + association.teamArn());
        }
        return association;
    }

    private static Matcher teamArn(String team) {
        Matcher arn = TEAM_ARN.matcher(team);
        if (!arn.matches()) {
            throw new ValidationException("MpaTeamArn: not an approval team ARN");
        }
        return arn;
    }

    private static String subjectArn(MpaSessionRecord session, String region) {
        return session.purpose() == Purpose.IMPORT_ROOT_CERTIFICATE
                ? KeyArns.keyArn(region, session.account(), session.subject()) : session.subject();
    }

    private static ResourceNotFoundException notAssociated(MpaOperation action) {
        return new ResourceNotFoundException("No multi-party approval team is associated with " + action,
                action.name());
    }
}
