package dev.paycrypto.functions.workers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.app.approval.MultiPartyApproval;
import dev.paycrypto.app.events.DetailType;
import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.events.EventRefusedException;
import dev.paycrypto.keys.store.MpaSessionRecord;
import dev.paycrypto.service.runtime.Services;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On {@code MPA Approval Decision} (detail {@code {"sessionArn": ..., "decision": "APPROVED"|"REJECTED",
 * "comment": ...}}, the approval team's answer): re-reads the session and what it protects, and decides it only if
 * it is a session of the event's account and Region, still pending and not expired; then an approved root
 * certificate import becomes usable, a rejected one is deleted, and a team change takes effect or is dropped.
 * Publishes {@code MPA Session Decided}.
 *
 * <p>Refused (nothing changed): a detail of any other shape, a session of another account or Region, one that does
 * not exist, one decided already (a redelivery), and one expired (which is then recorded as failed).
 */
public final class MpaApprovalWorker extends EventWorker {

    private static final Logger LOG = LoggerFactory.getLogger(MpaApprovalWorker.class);
    private static final Set<String> MEMBERS = Set.of("sessionArn", "decision", "comment");

    public MpaApprovalWorker() {
        super(DetailType.MPA_APPROVAL_DECISION);
    }

    public MpaApprovalWorker(Services services) {
        super(DetailType.MPA_APPROVAL_DECISION, services);
    }

    @Override
    protected void handle(Event event, Services services) {
        JsonNode detail = event.detail();
        JsonNode sessionArn = detail.get("sessionArn");
        JsonNode decision = detail.get("decision");
        JsonNode comment = detail.get("comment");
        detail.fieldNames().forEachRemaining(name -> {
            if (!MEMBERS.contains(name)) {
                throw new EventRefusedException("An MPA Approval Decision has no member " + name);
            }
        });
        if (sessionArn == null || !sessionArn.isTextual() || sessionArn.asText().length() > 2048) {
            throw new EventRefusedException("An MPA Approval Decision names its sessionArn");
        }
        if (decision == null || !decision.isTextual()
                || !Set.of("APPROVED", "REJECTED").contains(decision.asText())) {
            throw new EventRefusedException("An MPA Approval Decision's decision is APPROVED or REJECTED");
        }
        if (comment != null && (!comment.isTextual() || comment.asText().length() > MultiPartyApproval.MAX_COMMENT)) {
            throw new EventRefusedException("An MPA Approval Decision's comment is text of at most "
                    + MultiPartyApproval.MAX_COMMENT + " characters");
        }
        MpaSessionRecord decided = services.useCases().multiPartyApproval().decide(event.account(), event.region(),
                sessionArn.asText(), "APPROVED".equals(decision.asText()), comment == null ? null : comment.asText(),
                services.clock().instant());
        LOG.info("approval session {} {}", decided.sessionArn(), decided.status());
    }
}
