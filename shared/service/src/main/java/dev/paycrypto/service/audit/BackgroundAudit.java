package dev.paycrypto.service.audit;

import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.events.EventBus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Audit records sent off the call's critical path: {@link #send} queues the record and returns, and one background
 * thread delivers it as {@link AuditDelivery} does (retries, then the log). Deployed, the queue is drained before
 * Lambda may freeze the environment — {@link LambdaAuditExtension} holds the invocation open until
 * {@link #awaitDrained} returns — so the caller has its answer while its record is still on the way, and the record
 * still arrives. Records still queued when the time is up go to the log, as any record the bus would not take.
 */
public final class BackgroundAudit extends AuditDelivery {

    static final int CAPACITY = 1024;

    private final BlockingQueue<Event> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Object drained = new Object();
    private int inFlight;

    public BackgroundAudit(EventBus bus, Runnable countFailure) {
        super(bus, countFailure);
        Thread sender = new Thread(this::deliverQueued, "paycrypto-audit-sender");
        sender.setDaemon(true);
        sender.start();
    }

    /** Queues the record; if the queue is full (the bus far behind), delivers it on the calling thread instead. */
    @Override
    public void send(Event record) {
        synchronized (drained) {
            inFlight++;
        }
        if (!queue.offer(record)) {
            try {
                super.send(record);
            } finally {
                done();
            }
        }
    }

    /**
     * Waits until every record queued so far is delivered (or logged); at {@code timeout}, logs what is still queued
     * instead, so that nothing is left for a frozen or ended environment to lose. True if the bus took everything.
     */
    public boolean awaitDrained(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (drained) {
            while (inFlight > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    drained.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (inFlight == 0) {
                return true;
            }
        }
        List<Event> late = new ArrayList<>();
        queue.drainTo(late);
        for (Event record : late) {
            fallBack(record, "not delivered before the invocation ended");
            done();
        }
        return false;
    }

    private void deliverQueued() {
        while (true) {
            Event record;
            try {
                record = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                super.send(record);
            } catch (RuntimeException e) {
                fallBack(record, e.getClass().getSimpleName());
            } finally {
                done();
            }
        }
    }

    private void done() {
        synchronized (drained) {
            inFlight--;
            drained.notifyAll();
        }
    }
}
