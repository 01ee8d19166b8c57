package dev.paycrypto.local;

import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.events.EventBus;
import dev.paycrypto.app.events.EventScheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The local runtime's EventBridge Scheduler: one-time schedules that publish their event on the local bus when
 * the runtime's clock reaches their time, and the template's rate-scheduled rules. {@link #runDue()} fires what is due; the runtime calls it every second,
 * and tests call it after moving the clock forward. Schedules live in memory: a restarted local service forgets
 * them (its keys stay DELETE_PENDING until scheduled again).
 */
public final class LocalScheduler implements EventScheduler {

    private record Schedule(String name, Instant at, Event event) {
    }

    /** A rate schedule: the events it publishes each time, and when it next fires. */
    private static final class Periodic {
        private final Duration period;
        private final Supplier<List<Event>> events;
        private Instant next;

        Periodic(Duration period, Supplier<List<Event>> events, Instant first) {
            this.period = period;
            this.events = events;
            this.next = first;
        }
    }

    private final Clock clock;
    private final EventBus bus;
    private final Map<String, Schedule> schedules = new LinkedHashMap<>();
    private final Map<String, Periodic> periodic = new LinkedHashMap<>();

    public LocalScheduler(Clock clock, EventBus bus) {
        this.clock = clock;
        this.bus = bus;
    }

    @Override
    public synchronized void publishAt(String name, Instant at, Event event) {
        schedules.putIfAbsent(name, new Schedule(name, at, event));
    }

    /**
     * A rate schedule: publishes {@code events} at once (schedules do not survive a restart, so a start is a due
     * time) and then every {@code period} of the runtime's clock.
     */
    public synchronized void every(String name, Duration period, Supplier<List<Event>> events) {
        periodic.putIfAbsent(name, new Periodic(period, events, clock.instant()));
    }

    /**
     * Publishes every event whose time has come, earliest first, and runs the rate schedules that are due; returns
     * how many one-time schedules fired.
     */
    public int runDue() {
        List<Schedule> due = new ArrayList<>();
        List<Periodic> duePeriodic = new ArrayList<>();
        synchronized (this) {
            Instant now = clock.instant();
            for (Periodic rate : periodic.values()) {
                if (!rate.next.isAfter(now)) {
                    duePeriodic.add(rate);
                    rate.next = now.plus(rate.period);
                }
            }
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
        duePeriodic.forEach(rate -> rate.events.get().forEach(bus::publish));
        return due.size();
    }

    /** How many schedules wait. */
    public synchronized int pending() {
        return schedules.size();
    }
}
