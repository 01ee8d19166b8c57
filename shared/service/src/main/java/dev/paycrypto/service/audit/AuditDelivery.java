package dev.paycrypto.service.audit;

import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.events.EventBus;
import dev.paycrypto.app.json.JsonCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.logging.argument.StructuredArguments;

/**
 * How a call's {@code API Call} record reaches the bus, never lost: offered to the bus {@link #ATTEMPTS} times, and
 * if the bus will not take it, written to the log as a structured {@code auditRecord} field (CloudWatch Logs keeps
 * it; it holds only what the audit allow-list let in) and counted by the {@code AuditPublishFailures} metric that the
 * template's alarm watches. {@link #send} does it on the calling thread; {@link BackgroundAudit} on its own.
 */
public class AuditDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(AuditDelivery.class);
    /** How many times a record is offered to the bus before it goes to the log instead. */
    public static final int ATTEMPTS = 3;

    private final EventBus bus;
    private final Runnable countFailure;

    /** @param countFailure counts a record that went to the log (the {@code AuditPublishFailures} metric) */
    public AuditDelivery(EventBus bus, Runnable countFailure) {
        this.bus = bus;
        this.countFailure = countFailure;
    }

    /** Delivers the record before returning (the local bus takes an event at once and delivers it later itself). */
    public void send(Event record) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                bus.publish(record);
                return;
            } catch (RuntimeException e) {
                last = e;
            }
        }
        fallBack(record, last.getClass().getSimpleName());
    }

    /** The record goes to the log, counted: what keeps it when the bus does not. */
    protected void fallBack(Event record, String why) {
        LOG.error("the API Call event {} could not be published ({}); its record follows", record.id(), why,
                StructuredArguments.json("auditRecord", JsonCodec.write(record.envelope())));
        countFailure.run();
    }
}
