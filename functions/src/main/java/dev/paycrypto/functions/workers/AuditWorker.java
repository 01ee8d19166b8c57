package dev.paycrypto.functions.workers;

import dev.paycrypto.service.events.DetailType;
import dev.paycrypto.service.events.Event;
import dev.paycrypto.service.protocol.JsonCodec;
import dev.paycrypto.service.runtime.Services;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit worker: the target of the rule that matches {@code API Call} events. It stores each record through
 * the {@code AuditStore} port, once (a redelivered event changes nothing). Deployed, the record also reaches
 * CloudWatch Logs as this function's log line; it carries only what the allow-list let into the event.
 */
public final class AuditWorker extends EventWorker {

    private static final Logger LOG = LoggerFactory.getLogger(AuditWorker.class);

    public AuditWorker() {
        super(DetailType.API_CALL);
    }

    public AuditWorker(Services services) {
        super(DetailType.API_CALL, services);
    }

    @Override
    protected void handle(Event event, Services services) {
        boolean stored = services.audit().append(event);
        LOG.info("audit {}", stored ? JsonCodec.write(event.detail()) : "duplicate " + event.id());
    }
}
