package dev.paycrypto.functions.workers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.app.events.AuditRecords;
import dev.paycrypto.app.events.DetailType;
import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.events.EventRefusals;
import dev.paycrypto.app.events.EventRefusedException;
import dev.paycrypto.app.events.EventTimes;
import dev.paycrypto.app.json.JsonCodec;
import dev.paycrypto.service.runtime.DeployedServices;
import dev.paycrypto.service.runtime.Services;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit worker: the target of the rule that matches {@code API Call} events, and the events that change keys
 * without an API call (rotation requested and done, a key purged) or that a worker refused. It stores each record
 * through the {@code AuditStore} port, once (a redelivered event changes nothing): an API call as its
 * CloudTrail-shaped detail, a service event as CloudTrail writes those ({@code eventType AwsServiceEvent}, the
 * detail under {@code serviceEventDetails}). Deployed, the record also reaches CloudWatch Logs as this function's
 * log line; it carries only what the allow-list let into the event.
 *
 * <p>An API call record is stored under the envelope's account and Region, so its detail must say the same ones, and
 * come from the service: a record that claims another account, Region or source is refused. Its own refusals it
 * stores itself (publishing them would bring them back here).
 */
public final class AuditWorker extends EventWorker {

    /** What the audit keeps: every API call, the key events no API call records, and every refused event. */
    public static final Set<DetailType> AUDITED = EnumSet.of(DetailType.API_CALL, DetailType.KEY_ROTATION_REQUESTED,
            DetailType.KEY_ROTATED, DetailType.KEY_DELETED, DetailType.MPA_APPROVAL_DECISION,
            DetailType.MPA_SESSION_DECIDED, DetailType.EVENT_REFUSED);

    private static final Logger LOG = LoggerFactory.getLogger(AuditWorker.class);

    public AuditWorker() {
        super(AUDITED, DeployedServices::get);
    }

    public AuditWorker(Services services) {
        super(AUDITED, () -> services);
    }

    @Override
    protected void handle(Event event, Services services) {
        Event record;
        if (event.detailType() == DetailType.API_CALL) {
            requireRecordOfTheEnvelope(event);
            record = event;
        } else {
            record = serviceEvent(event);
        }
        store(record, services);
    }

    @Override
    protected void recordRefusal(Event refusal, Services services) {
        store(serviceEvent(refusal), services);
    }

    private static void store(Event record, Services services) {
        services.audit().append(record);
        if (LOG.isInfoEnabled()) {
            // deployed, this line is the record's copy in CloudWatch Logs; where INFO is off, it costs nothing
            LOG.info("audit {}", JsonCodec.write(record.detail()));
        }
    }

    /** The account, Region and source an API call record names are the ones it is filed under. */
    private static void requireRecordOfTheEnvelope(Event apiCall) {
        requireMember(apiCall, "recipientAccountId", apiCall.account(), "the event's account");
        requireMember(apiCall, "awsRegion", apiCall.region(), "the event's Region");
        requireMember(apiCall, "eventSource", AuditRecords.EVENT_SOURCE, AuditRecords.EVENT_SOURCE);
    }

    private static void requireMember(Event apiCall, String member, String expected, String what) {
        JsonNode value = apiCall.detail().get(member);
        if (value == null || !value.isTextual() || !value.asText().equals(expected)) {
            throw new EventRefusedException("The API Call record's " + member + " is not " + what);
        }
    }

    /**
     * A key event, or a refusal, as CloudTrail records a service event. A refusal's record id is derived from its
     * detail, since deployed the envelope's id is EventBridge's own, new for each publication.
     */
    private static Event serviceEvent(Event event) {
        String id = event.detailType() == DetailType.EVENT_REFUSED ? EventRefusals.recordId(event) : event.id();
        ObjectNode detail = JsonNodeFactory.instance.objectNode();
        detail.put("eventVersion", "1.08");
        detail.put("eventSource", Event.SOURCE);
        detail.put("eventName", event.detailType().text());
        detail.put("eventTime", EventTimes.cloudTrail(event.time()));
        detail.put("awsRegion", event.region());
        detail.put("eventID", id);
        detail.put("eventType", "AwsServiceEvent");
        detail.set("serviceEventDetails", event.detail());
        detail.put("recipientAccountId", event.account());
        return new Event(id, event.detailType(), event.time(), event.region(), event.account(), event.resources(),
                detail);
    }
}
