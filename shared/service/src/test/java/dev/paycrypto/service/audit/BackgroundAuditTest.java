package dev.paycrypto.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.paycrypto.app.events.DetailType;
import dev.paycrypto.app.events.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Audit records off the critical path: sending returns while the bus is still busy; draining waits for the bus;
 * a bus that refuses gets its retries and then the log; what is still queued when the time is up goes to the log.
 * Never a record lost, never one delivered twice.
 */
class BackgroundAuditTest {

    private final List<String> published = new CopyOnWriteArrayList<>();
    private final AtomicInteger fallbacks = new AtomicInteger();

    @Test
    void sendingReturnsWhileTheBusIsBusyAndDrainingWaitsForIt() throws Exception {
        CountDownLatch busFree = new CountDownLatch(1);
        BackgroundAudit audit = new BackgroundAudit(event -> {
            await(busFree);
            published.add(event.id());
        }, fallbacks::incrementAndGet);
        audit.send(record("a"));
        audit.send(record("b"));
        // both sends returned with the bus still blocked: nothing can have been published yet
        assertThat(published).isEmpty();
        busFree.countDown();
        assertThat(audit.awaitDrained(Duration.ofSeconds(10))).isTrue();
        assertThat(published).containsExactlyInAnyOrder("a", "b");
        assertThat(fallbacks).hasValue(0);
    }

    @Test
    void aBusThatRefusesIsTriedThenTheRecordIsLoggedAndCounted() {
        AtomicInteger attempts = new AtomicInteger();
        BackgroundAudit audit = new BackgroundAudit(event -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("EventBridge rejected the entry");
        }, fallbacks::incrementAndGet);
        audit.send(record("refused"));
        assertThat(audit.awaitDrained(Duration.ofSeconds(10))).isTrue();
        assertThat(attempts).hasValue(AuditDelivery.ATTEMPTS);
        assertThat(fallbacks).hasValue(1);
    }

    @Test
    void whatIsStillQueuedAtTheDeadlineGoesToTheLog() throws Exception {
        CountDownLatch busFree = new CountDownLatch(1);
        CountDownLatch busTookOne = new CountDownLatch(1);
        BackgroundAudit audit = new BackgroundAudit(event -> {
            busTookOne.countDown();
            await(busFree);
            published.add(event.id());
        }, fallbacks::incrementAndGet);
        audit.send(record("in-flight"));
        assertThat(busTookOne.await(10, TimeUnit.SECONDS)).isTrue();
        audit.send(record("queued-1"));
        audit.send(record("queued-2"));
        assertThat(audit.awaitDrained(Duration.ofMillis(50))).isFalse();
        busFree.countDown();
        assertThat(audit.awaitDrained(Duration.ofSeconds(10))).isTrue();
        // the one the bus had in hand was delivered; the two still queued were logged instead, not delivered twice
        assertThat(published).containsExactly("in-flight");
        assertThat(fallbacks).hasValue(2);
    }

    private static Event record(String id) {
        return new Event(id, DetailType.API_CALL, Instant.parse("2026-12-04T12:00:00Z"), "us-east-1", "111122223333",
                List.of(), JsonNodeFactory.instance.objectNode().put("eventName", "GetKey"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
