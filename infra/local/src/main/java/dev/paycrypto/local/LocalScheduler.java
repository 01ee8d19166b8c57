package dev.paycrypto.local;

import dev.paycrypto.service.events.Event;
import dev.paycrypto.service.events.EventBus;
import dev.paycrypto.service.events.EventScheduler;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local runtime's EventBridge Scheduler: one-time schedules that publish their event on the local bus when
 * the runtime's clock reaches their time. {@link #runDue()} fires what is due; the runtime calls it every second,
 * and tests call it after moving the clock forward. Schedules live in memory: a restarted local service forgets
 * them (its keys stay DELETE_PENDING until scheduled again).
 */
public final class LocalScheduler implements EventScheduler {

    private record Schedule(String name, Instant at, Event event) {
    }

    private final Clock clock;
    private final EventBus bus;
    private final Map<String, Schedule> schedules = new LinkedHashMap<>();

    public LocalScheduler(Clock clock, EventBus bus) {
        this.clock = clock;
        this.bus = bus;
    }

    @Override
    public synchronized void publishAt(String name, Instant at, Event event) {
        schedules.putIfAbsent(name, new Schedule(name, at, event));
    }

    /** Publishes every event whose time has come, earliest first; returns how many. */
    public int runDue() {
        List<Schedule> due = new ArrayList<>();
        synchronized (this) {
            Instant now = clock.instant();
            schedules.values().removeIf(schedule -> {
                boolean isDue = !schedule.at().isAfter(now);
                if (isDue) {
                    due.add(schedule);
                }
                return isDue;
            });
        }
        due.sort(Comparator.comparing(Schedule::at));
        due.forEach(schedule -> bus.publish(schedule.event()));
        return due.size();
    }

    /** How many schedules wait. */
    public synchronized int pending() {
        return schedules.size();
    }
}
