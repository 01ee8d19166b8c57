package dev.paycrypto.functions.workers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.paycrypto.service.events.DetailType;
import dev.paycrypto.service.events.Event;
import dev.paycrypto.service.protocol.JsonCodec;
import dev.paycrypto.service.runtime.DeployedServices;
import dev.paycrypto.service.runtime.Services;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit worker: the target of the rule that matches {@code API Call} events. It stores each record through
 * the {@code AuditStore} port, once (a redelivered event changes nothing). Deployed, the record also reaches
 * CloudWatch Logs as this function's log line; it carries only what the allow-list let into the event.
 */
public final class AuditWorker implements RequestStreamHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AuditWorker.class);

    private final Supplier<Services> services;

    public AuditWorker() {
        this.services = DeployedServices::get;
    }

    public AuditWorker(Services services) {
        this.services = () -> services;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Event event = Event.fromEnvelope(JsonCodec.parse(new String(input.readAllBytes(), StandardCharsets.UTF_8)));
        if (event.detailType() != DetailType.API_CALL) {
            throw new IllegalArgumentException("The audit worker takes API Call events, not " + event.detailType());
        }
        boolean stored = services.get().audit().append(event);
        LOG.info("audit {}", stored ? JsonCodec.write(event.detail()) : "duplicate " + event.id());
    }
}
