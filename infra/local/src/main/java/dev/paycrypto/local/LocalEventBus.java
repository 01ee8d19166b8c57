package dev.paycrypto.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.paycrypto.service.events.Event;
import dev.paycrypto.service.events.EventBus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import software.amazon.event.ruler.Machine;

/**
 * The local runtime's EventBridge: the template's {@code EventBridgeRule} events, matched with AWS's own pattern
 * matcher (event-ruler), so that a rule that matches here matches deployed. A matching event is delivered to the
 * rule's function in-process, at once and in order (deployed delivery is asynchronous); a delivery that throws
 * is retried up to the rule's {@code MaximumRetryAttempts} and then kept as a dead letter, never dropped.
 */
public final class LocalEventBus implements EventBus {

    private static final Logger LOG = LoggerFactory.getLogger(LocalEventBus.class);

    /** An event no attempt could deliver: the rule, the event as delivered, and the last failure's type. */
    public record DeadLetter(String rule, String envelope, String failure) {
    }

    private record Target(FunctionDefinition function, FunctionDefinition.EventRule rule) {
    }

    private final Machine machine = new Machine();
    private final Map<String, Target> targets = new HashMap<>();
    private final BiFunction<FunctionDefinition, String, RequestStreamHandler> workers;
    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();

    /**
     * @param workers the handler of a worker function for a region
     */
    public LocalEventBus(List<FunctionDefinition> functions,
                         BiFunction<FunctionDefinition, String, RequestStreamHandler> workers) {
        this.workers = workers;
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
        List<String> matched;
        try {
            matched = machine.rulesForJSONEvent(envelope);
        } catch (Exception e) {
            throw new IllegalStateException("The event could not be matched against the rules", e);
        }
        for (String rule : matched) {
            deliver(targets.get(rule), event.region(), envelope);
        }
    }

    /** The events that could not be delivered, oldest first. */
    public List<DeadLetter> deadLetters() {
        return List.copyOf(deadLetters);
    }

    private void deliver(Target target, String region, String envelope) {
        // the worker runs on the publishing thread: its log lines must not carry the publisher's context
        Map<String, String> publisherContext = MDC.getCopyOfContextMap();
        MDC.clear();
        try {
            attempt(target, region, envelope);
        } finally {
            if (publisherContext != null) {
                MDC.setContextMap(publisherContext);
            }
        }
    }

    private void attempt(Target target, String region, String envelope) {
        RuntimeException last = null;
        for (int attempt = 0; attempt <= target.rule().maximumRetryAttempts(); attempt++) {
            try {
                RequestStreamHandler worker = workers.apply(target.function(), region);
                worker.handleRequest(new ByteArrayInputStream(envelope.getBytes(StandardCharsets.UTF_8)),
                        new ByteArrayOutputStream(), null);
                return;
            } catch (IOException e) {
                last = new IllegalStateException(e);
            } catch (RuntimeException e) {
                last = e;
            }
        }
        LOG.warn("rule {}: event dead-lettered after {} attempts ({})", target.rule().name(),
                target.rule().maximumRetryAttempts() + 1, last.getClass().getSimpleName());
        deadLetters.add(new DeadLetter(target.rule().name(), envelope, last.getClass().getName()));
    }
}
