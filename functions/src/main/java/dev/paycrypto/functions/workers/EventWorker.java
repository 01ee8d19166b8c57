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
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A worker of the bus: the target of a rule, handed one PayCrypto event as EventBridge delivers it, of the detail
 * types it takes. Workers are idempotent, since events arrive at least once; a worker that throws is retried by its rule and
 * then dead-lettered.
 */
public abstract class EventWorker implements RequestStreamHandler {

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

    /** The work itself. */
    protected abstract void handle(Event event, Services services);

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Event event = Event.fromEnvelope(JsonCodec.parse(new String(input.readAllBytes(), StandardCharsets.UTF_8)));
        if (!detailTypes.contains(event.detailType())) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " takes " + detailTypes.stream()
                    .map(DetailType::text).toList() + " events, not " + event.detailType().text());
        }
        handle(event, services.get());
    }
}
