package dev.paycrypto.app.events;

import java.time.Instant;

/**
 * Publishes an event later, once: EventBridge Scheduler's one-time schedules deployed (targeting the bus), the
 * local runtime's scheduler on its injected clock locally. Scheduling the same name again is a no-op, so a
 * redelivered request to schedule changes nothing.
 */
public interface EventScheduler {

    /** A scheduler that schedules nothing, for code that runs without one. */
    EventScheduler NONE = (name, at, event) -> { };

    void publishAt(String name, Instant at, Event event);
}
