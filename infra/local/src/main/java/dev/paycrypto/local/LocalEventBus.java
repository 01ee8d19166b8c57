package dev.paycrypto.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.paycrypto.functions.workers.EventWorker;
import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.events.EventBus;
import dev.paycrypto.app.events.EventRefusedException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import software.amazon.event.ruler.Machine;

/**
 * The local runtime's EventBridge. Like PutEvents, {@link #publish} accepts an event (of at most 256 KiB) and
 * returns; a bounded pool of delivery threads then matches it against the template's {@code EventBridgeRule}
 * patterns with AWS's own matcher (event-ruler), so that a rule that matches here matches deployed, and invokes each
 * matching rule's function in-process. A delivery that throws is retried up to the rule's
 * {@code MaximumRetryAttempts} and then kept as a dead letter, never dropped; an event the worker refused
 * ({@link EventRefusedException}: it does not match the stored state) is dead-lettered at once, since retrying cannot
 * change the answer. As on EventBridge, events are not delivered in order. When the delivery queue is full the
 * publisher waits for room (at most {@link #PUBLISH_WAIT}); tests wait for quiet with {@link #awaitQuiescence}.
 */
public final class LocalEventBus implements EventBus, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalEventBus.class);

    /** The largest event EventBridge takes (PutEvents entries are limited to 256 KB). */
    public static final int MAX_EVENT_BYTES = 256 * 1024;
    static final int DELIVERY_THREADS = 2;
    static final int QUEUE_CAPACITY = 2048;
    static final Duration PUBLISH_WAIT = Duration.ofSeconds(5);

    private record Target(FunctionDefinition function, FunctionDefinition.EventRule rule) {
    }

    /** The envelope fields an event's kind is made of; patterns on these alone match every event of a kind alike. */
    private static final Set<String> KIND_FIELDS = Set.of("source", "detail-type", "account", "region");
    private static final int MAX_KINDS = 4096;

    private final Machine machine = new Machine();
    private final boolean matchOnKindOnly;
    private final Map<String, List<String>> matchesByKind = new ConcurrentHashMap<>();
    private final Map<String, Target> targets = new HashMap<>();
    private final BiFunction<FunctionDefinition, String, RequestStreamHandler> workers;
    private final DeadLetterStore deadLetters;
    private final ThreadPoolExecutor delivery;
    /** Events published and not yet delivered (or dead-lettered), including those their workers publish. */
    private final AtomicLong inFlight = new AtomicLong();
    private final Object quiet = new Object();

    /**
     * @param workers the handler of a worker function for a region
     */
    public LocalEventBus(List<FunctionDefinition> functions,
                         BiFunction<FunctionDefinition, String, RequestStreamHandler> workers,
                         DeadLetterStore deadLetters) {
        this.workers = workers;
        this.deadLetters = deadLetters;
        boolean kindOnly = true;
        for (FunctionDefinition function : functions) {
            for (FunctionDefinition.EventRule rule : function.rules()) {
                kindOnly &= KIND_FIELDS.containsAll(toSet(rule.pattern().fieldNames()));
                try {
                    machine.addRule(rule.name(), rule.pattern().toString());
                } catch (IOException e) {
                    throw new IllegalArgumentException("The pattern of rule " + rule.name() + " is not valid", e);
                }
                targets.put(rule.name(), new Target(function, rule));
            }
        }
        this.matchOnKindOnly = kindOnly;
        AtomicInteger threads = new AtomicInteger();
        this.delivery = new ThreadPoolExecutor(DELIVERY_THREADS, DELIVERY_THREADS, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUE_CAPACITY), runnable -> {
                    Thread thread = new Thread(runnable, "paycrypto-bus-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        // tasks go straight onto the queue (see publish), so the threads that drain it must be there first
        delivery.prestartAllCoreThreads();
    }

    @Override
    public void publish(Event event) {
        String envelope = event.envelope().toString();
        if (envelope.length() > MAX_EVENT_BYTES) {
            throw new IllegalArgumentException("An event is at most " + MAX_EVENT_BYTES + " bytes");
        }
        inFlight.incrementAndGet();
        Runnable task = () -> {
            try {
                deliver(event, envelope);
            } finally {
                settled();
            }
        };
        try {
            // when behind, wait for room rather than drop (the caller's audit retries, then logs, if this fails)
            if (delivery.isShutdown() || !delivery.getQueue().offer(task, PUBLISH_WAIT.toMillis(),
                    TimeUnit.MILLISECONDS)) {
                throw new RejectedExecutionException("The bus is closed or full");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            settled();
            throw new IllegalStateException("Interrupted while publishing", e);
        } catch (RejectedExecutionException e) {
            settled();
            throw new IllegalStateException("The event bus did not take the event: " + e.getMessage());
        }
    }

    private static Set<String> toSet(java.util.Iterator<String> names) {
        Set<String> set = new java.util.HashSet<>();
        names.forEachRemaining(set::add);
        return set;
    }

    /** Where the events that could not be delivered are kept. */
    public DeadLetterStore deadLetters() {
        return deadLetters;
    }

    /**
     * Waits until every event published so far — and every event their workers published in turn — has been
     * delivered or dead-lettered.
     *
     * @throws TimeoutException if the bus is still busy after {@code timeout}
     */
    public void awaitQuiescence(Duration timeout) throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (quiet) {
            while (inFlight.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException(inFlight.get() + " event(s) still in flight after " + timeout);
                }
                quiet.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    private void settled() {
        if (inFlight.decrementAndGet() == 0) {
            synchronized (quiet) {
                quiet.notifyAll();
            }
        }
    }

    /** On a delivery thread: every matching rule's target gets the event. */
    private void deliver(Event event, String envelope) {
        List<String> matched;
        try {
            matched = matchingRules(event, envelope);
        } catch (Exception e) {
            LOG.error("event {} could not be matched against the rules ({})", event.id(), e.getClass().getSimpleName());
            return;
        }
        for (String rule : matched) {
            // a worker's log lines carry no context of whoever published
            MDC.clear();
            attempt(targets.get(rule), event, envelope);
        }
    }

    /**
     * The rules an event matches. When the rules' patterns look only at envelope fields that name the kind of event
     * (source, detail type, account, Region), every event of one kind matches the same rules, so the answer is
     * kept per kind (the template's rules are all of that form); otherwise each event is matched as it is.
     */
    private List<String> matchingRules(Event event, String envelope) throws Exception {
        if (!matchOnKindOnly) {
            return machine.rulesForJSONEvent(envelope);
        }
        String kind = Event.SOURCE + '\n' + event.detailType().text() + '\n' + event.account() + '\n' + event.region();
        List<String> known = matchesByKind.get(kind);
        if (known == null) {
            known = List.copyOf(machine.rulesForJSONEvent(envelope));
            if (matchesByKind.size() < MAX_KINDS) {
                matchesByKind.put(kind, known);
            }
        }
        return known;
    }

    private void attempt(Target target, Event event, String envelope) {
        RuntimeException last = null;
        int attempts = 0;
        while (attempts <= target.rule().maximumRetryAttempts()) {
            attempts++;
            try {
                RequestStreamHandler worker = workers.apply(target.function(), event.region());
                if (worker instanceof EventWorker inProcess) {
                    // the project's own workers take the event as it is; the JSON envelope is for any other target
                    inProcess.deliver(event);
                } else {
                    worker.handleRequest(new ByteArrayInputStream(envelope.getBytes(StandardCharsets.UTF_8)),
                            new ByteArrayOutputStream(), null);
                }
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
        try {
            deadLetters.add(new DeadLetterStore.DeadLetter(target.rule().name(), event.region(), event.account(),
                    envelope, last.getClass().getName()));
        } catch (RuntimeException e) {
            LOG.error("rule {}: event {} could not be kept as a dead letter ({})", target.rule().name(), event.id(),
                    e.getClass().getSimpleName());
        }
    }

    /** Delivers what was published, then stops. */
    @Override
    public void close() {
        try {
            awaitQuiescence(Duration.ofSeconds(10));
        } catch (TimeoutException e) {
            LOG.warn("closing the bus with events still in flight ({})", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        delivery.shutdown();
        try {
            delivery.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
