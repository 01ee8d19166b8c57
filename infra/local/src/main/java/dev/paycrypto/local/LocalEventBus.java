package dev.paycrypto.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.paycrypto.service.events.Event;
import dev.paycrypto.service.events.EventBus;
import dev.paycrypto.service.events.EventRefusedException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import software.amazon.event.ruler.Machine;

/**
 * The local runtime's EventBridge: the template's {@code EventBridgeRule} events, matched with AWS's own pattern
 * matcher (event-ruler), so that a rule that matches here matches deployed. A matching event is delivered to the
 * rule's function in-process, at once and in order (deployed delivery is asynchronous); a delivery that throws
 * is retried up to the rule's {@code MaximumRetryAttempts} and then kept as a dead letter, never dropped. An event
 * the worker refused ({@link EventRefusedException}: it does not match the stored state) is dead-lettered at once,
 * since retrying cannot change the answer. Like PutEvents, the bus takes events of at most 256 KiB.
 */
public final class LocalEventBus implements EventBus {

    private static final Logger LOG = LoggerFactory.getLogger(LocalEventBus.class);

    /** The largest event EventBridge takes (PutEvents entries are limited to 256 KB). */
    public static final int MAX_EVENT_BYTES = 256 * 1024;

    private record Target(FunctionDefinition function, FunctionDefinition.EventRule rule) {
    }

    private final Machine machine = new Machine();
    private final Map<String, Target> targets = new HashMap<>();
    private final BiFunction<FunctionDefinition, String, RequestStreamHandler> workers;
    private final DeadLetterStore deadLetters;

    /**
     * @param workers the handler of a worker function for a region
     */
    public LocalEventBus(List<FunctionDefinition> functions,
                         BiFunction<FunctionDefinition, String, RequestStreamHandler> workers,
                         DeadLetterStore deadLetters) {
        this.workers = workers;
        this.deadLetters = deadLetters;
        for (FunctionDefinition function : functions) {
            for (FunctionDefinition.EventRule rule : function.rules()) {
                try {
                    machine.addRule(rule.name(), rule.pattern().toString());
                } catch (IOException e) {
                    throw new IllegalArgumentException("The pattern of rule " + rule.name() + " is not valid", e);
                }
                targets.put(rule.name(), new Target(function, rule));
            }
        }
    }

    @Override
    public void publish(Event event) {
        String envelope = event.envelope().toString();
        if (envelope.length() > MAX_EVENT_BYTES) {
            throw new IllegalArgumentException("An event is at most " + MAX_EVENT_BYTES + " bytes");
        }
        List<String> matched;
        try {
            matched = machine.rulesForJSONEvent(envelope);
        } catch (Exception e) {
            throw new IllegalStateException("The event could not be matched against the rules", e);
        }
        for (String rule : matched) {
            deliver(targets.get(rule), event, envelope);
        }
    }

    /** Where the events that could not be delivered are kept. */
    public DeadLetterStore deadLetters() {
        return deadLetters;
    }

    private void deliver(Target target, Event event, String envelope) {
        // the worker runs on the publishing thread: its log lines must not carry the publisher's context
        Map<String, String> publisherContext = MDC.getCopyOfContextMap();
        MDC.clear();
        try {
            attempt(target, event, envelope);
        } finally {
            if (publisherContext != null) {
                MDC.setContextMap(publisherContext);
            }
        }
    }

    private void attempt(Target target, Event event, String envelope) {
        RuntimeException last = null;
        int attempts = 0;
        while (attempts <= target.rule().maximumRetryAttempts()) {
            attempts++;
            try {
                RequestStreamHandler worker = workers.apply(target.function(), event.region());
                worker.handleRequest(new ByteArrayInputStream(envelope.getBytes(StandardCharsets.UTF_8)),
                        new ByteArrayOutputStream(), null);
                return;
            } catch (IOException e) {
                last = new IllegalStateException(e);
            } catch (EventRefusedException e) {
                last = e;
                break;
            } catch (RuntimeException e) {
                last = e;
            }
        }
        LOG.warn("rule {}: event {} dead-lettered after {} attempt(s) ({})", target.rule().name(), event.id(),
                attempts, last.getClass().getSimpleName());
        deadLetters.add(new DeadLetterStore.DeadLetter(target.rule().name(), event.region(), event.account(),
                envelope, last.getClass().getName()));
    }
}
