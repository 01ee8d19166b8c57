package dev.paycrypto.functions.workers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.paycrypto.app.events.DetailType;
import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.events.EventRefusals;
import dev.paycrypto.app.events.EventRefusedException;
import dev.paycrypto.app.json.JsonCodec;
import dev.paycrypto.app.keys.KeyChanges;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.service.runtime.DeployedServices;
import dev.paycrypto.service.runtime.Services;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A worker of the bus: the target of a rule, handed one PayCrypto event as EventBridge delivers it, of the detail
 * types it takes. Workers are idempotent, since events arrive at least once; a worker that throws is retried by its
 * rule and then dead-lettered.
 *
 * <p>Workers trust no event (DESIGN, "Security model"): an event is a claim about the stored state, and each worker
 * re-reads that state before it acts. An event that does not match it is refused with an
 * {@link EventRefusedException} — before anything is changed — which the bus dead-letters without retrying. This
 * class makes the checks every worker shares (the event is of the worker's own Region, of an AWS account, of a
 * detail type the worker takes) and keeps an {@code Event Refused} audit record of every refusal, its own or the
 * worker's.
 */
public abstract class EventWorker implements RequestStreamHandler {

    private static final Logger LOG = LoggerFactory.getLogger(EventWorker.class);
    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");

    private final Set<DetailType> detailTypes;
    private final Supplier<Services> services;

    /** For the Lambda runtime: services from the environment, built once per process on first use. */
    protected EventWorker(DetailType detailType) {
        this(EnumSet.of(detailType), DeployedServices::get);
    }

    protected EventWorker(DetailType detailType, Services services) {
        this(EnumSet.of(detailType), () -> services);
    }

    protected EventWorker(Set<DetailType> detailTypes, Supplier<Services> services) {
        this.detailTypes = EnumSet.copyOf(detailTypes);
        this.services = services;
    }

    /**
     * The work itself, on an event of the worker's Region, account and detail types. Checks the stored state the
     * event speaks of, all of it, before changing anything; throws {@link EventRefusedException} when it does not
     * match.
     */
    protected abstract void handle(Event event, Services services);

    /**
     * Keeps the audit record of a refusal: published on the bus, where the audit worker's rule takes it. The audit
     * worker overrides this, since publishing would bring the record back to itself.
     */
    protected void recordRefusal(Event refusal, Services services) {
        services.events().publish(refusal);
    }

    /**
     * A replica is read-only: it changes and goes only with its primary, in the primary's Region. An event that would
     * have a worker act on one is refused.
     */
    protected static void requireNotReplica(StoredKey key) {
        if (KeyChanges.isReplica(key)) {
            throw new EventRefusedException("Key " + key.keyArn() + " is a replica of the primary in "
                    + key.replication().primaryRegion() + "; it changes and goes only with its primary");
        }
    }

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        deliver(read(input));
    }

    /**
     * The event as an in-process bus hands it over, already an {@link Event} (the local runtime's bus, which spares
     * the JSON round trip Lambda's delivery needs); the same checks and work as {@link #handleRequest}.
     */
    public final void deliver(Event event) {
        Services regionServices = services.get();
        try {
            requireOwnEvent(event, regionServices);
            handle(event, regionServices);
        } catch (EventRefusedException refused) {
            keepRefusal(event, regionServices, refused);
            throw refused;
        }
    }

    /**
     * The event, or a refusal when the input is no PayCrypto event at all (another source, an unknown detail type,
     * no valid time). Such an input is only logged: an audit record would have no event of ours to name.
     */
    private Event read(InputStream input) throws IOException {
        String envelope = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        try {
            return Event.fromEnvelope(JsonCodec.parse(envelope));
        } catch (RuntimeException unreadable) {
            EventRefusedException refused = new EventRefusedException("Not a PayCrypto event: "
                    + unreadable.getMessage());
            LOG.warn("{} refused an input: {}", workerName(), refused.reason());
            throw refused;
        }
    }

    private void requireOwnEvent(Event event, Services services) {
        if (!detailTypes.contains(event.detailType())) {
            throw new EventRefusedException(workerName() + " takes " + detailTypes.stream().map(DetailType::text)
                    .toList() + " events, not " + event.detailType().text());
        }
        if (!event.region().equals(services.region())) {
            throw new EventRefusedException("The event is of Region " + event.region()
                    + ", not of this worker's Region " + services.region());
        }
        if (!ACCOUNT_ID.matcher(event.account()).matches()) {
            throw new EventRefusedException("The event's account is not a 12-digit AWS account id");
        }
    }

    /**
     * Logs the refusal and records it for the audit. The event is refused whether or not the record could be
     * written: a failure to record is logged and attached to the refusal, never turned into a retry of the event.
     */
    private void keepRefusal(Event event, Services services, EventRefusedException refused) {
        LOG.warn("{} refused {} {}: {}", workerName(), event.detailType().text(), event.id(), refused.reason());
        try {
            recordRefusal(EventRefusals.refusal(event, workerName(), services.region(), refused), services);
        } catch (RuntimeException unrecorded) {
            LOG.error("{} could not record its refusal of {}", workerName(), event.id(), unrecorded);
            refused.addSuppressed(unrecorded);
        }
    }

    private String workerName() {
        return getClass().getSimpleName();
    }
}
