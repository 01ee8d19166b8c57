package dev.paycrypto.service.runtime;

import dev.paycrypto.service.audit.AuditDelivery;
import dev.paycrypto.service.audit.BackgroundAudit;
import dev.paycrypto.service.audit.LambdaAuditExtension;
import dev.paycrypto.app.events.EventBus;
import java.io.UncheckedIOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a deployed API function delivers its audit records, decided once per process at initialisation: in Lambda
 * ({@code AWS_LAMBDA_RUNTIME_API} set) off the critical path — {@link BackgroundAudit} with the
 * {@link LambdaAuditExtension} holding each invocation open until its record is out — unless
 * {@code AUDIT_DELIVERY=direct} asks for the record to be delivered before the response; elsewhere, directly.
 */
public final class DeployedAudit {

    private static final Logger LOG = LoggerFactory.getLogger(DeployedAudit.class);

    private final AuditDelivery delivery;
    private final LambdaAuditExtension extension;

    private DeployedAudit(AuditDelivery delivery, LambdaAuditExtension extension) {
        this.delivery = delivery;
        this.extension = extension;
    }

    private static final class Holder {
        static final DeployedAudit INSTANCE = create(System.getenv());
    }

    /** This process's audit delivery; the first call (from a function's constructor) registers the extension. */
    public static DeployedAudit get() {
        return Holder.INSTANCE;
    }

    public AuditDelivery delivery() {
        return delivery;
    }

    /** The current invocation's handler has ended. */
    public void handlerEnded() {
        if (extension != null) {
            extension.handlerEnded();
        }
    }

    static DeployedAudit create(Map<String, String> environment) {
        // the services are built on first use, not here: the bus is reached through them when a record is sent
        EventBus bus = event -> DeployedServices.get().events().publish(event);
        Runnable countFailure = () -> DeployedServices.get().metrics().auditPublishFailed();
        String runtimeApi = environment.get("AWS_LAMBDA_RUNTIME_API");
        if (runtimeApi == null || "direct".equalsIgnoreCase(environment.get("AUDIT_DELIVERY"))) {
            return new DeployedAudit(new AuditDelivery(bus, countFailure), null);
        }
        BackgroundAudit background = new BackgroundAudit(bus, countFailure);
        try {
            return new DeployedAudit(background, LambdaAuditExtension.start(runtimeApi, background));
        } catch (UncheckedIOException e) {
            LOG.warn("audit records are delivered before each response: {}", e.getMessage());
            return new DeployedAudit(new AuditDelivery(bus, countFailure), null);
        }
    }
}
