package dev.paycrypto.functions.workers;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.service.events.DetailType;
import dev.paycrypto.service.events.Event;
import dev.paycrypto.service.protocol.JsonCodec;
import dev.paycrypto.service.runtime.DeployedServices;
import dev.paycrypto.service.runtime.Services;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit worker: the target of the rule that matches {@code API Call} events, and the events that change keys
 * without an API call (rotation requested and done, a key purged). It stores each record through the
 * {@code AuditStore} port, once (a redelivered event changes nothing): an API call as its CloudTrail-shaped
 * detail, a service event as CloudTrail writes those ({@code eventType AwsServiceEvent}, the detail under
 * {@code serviceEventDetails}). Deployed, the record also reaches CloudWatch Logs as this function's log line; it
 * carries only what the allow-list let into the event.
 */
public final class AuditWorker extends EventWorker {

    /** What the audit keeps: every API call, and the key events no API call records. */
    public static final Set<DetailType> AUDITED = EnumSet.of(DetailType.API_CALL, DetailType.KEY_ROTATION_REQUESTED,
            DetailType.KEY_ROTATED, DetailType.KEY_DELETED);

    private static final Logger LOG = LoggerFactory.getLogger(AuditWorker.class);

    public AuditWorker() {
        super(AUDITED, DeployedServices::get);
    }

    public AuditWorker(Services services) {
        super(AUDITED, () -> services);
    }

    @Override
    protected void handle(Event event, Services services) {
        Event record = event.detailType() == DetailType.API_CALL ? event : serviceEvent(event);
        services.audit().append(record);
        LOG.info("audit {}", JsonCodec.write(record.detail()));
    }

    private static Event serviceEvent(Event event) {
        ObjectNode detail = JsonNodeFactory.instance.objectNode();
        detail.put("eventVersion", "1.08");
        detail.put("eventSource", Event.SOURCE);
        detail.put("eventName", event.detailType().text());
        detail.put("eventTime", event.time().toString());
        detail.put("awsRegion", event.region());
        detail.put("eventID", event.id());
        detail.put("eventType", "AwsServiceEvent");
        detail.set("serviceEventDetails", event.detail());
        detail.put("recipientAccountId", event.account());
        return new Event(event.id(), event.detailType(), event.time(), event.region(), event.account(),
                event.resources(), detail);
    }
}
