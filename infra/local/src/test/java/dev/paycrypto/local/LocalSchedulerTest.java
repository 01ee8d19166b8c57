package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.paycrypto.app.events.DetailType;
import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.json.JsonCodec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The local scheduler: one-time schedules once, rate schedules at start and every period, on its own clock. */
class LocalSchedulerTest {

    @Test
    void readsTheTemplatesRateRules() {
        List<TemplateReader.ScheduledRule> rules = TemplateReader.scheduledRules(
                TemplateReader.read(LocalService.TEMPLATE));
        assertThat(rules).extracting(TemplateReader.ScheduledRule::name, TemplateReader.ScheduledRule::period,
                TemplateReader.ScheduledRule::enabled).contains(
                tuple("DailyPurgeSweepRule", Duration.ofDays(1), true),
                tuple("MonthlyRotationRule", Duration.ofDays(30), false));
    }

    @Test
    void firesOneTimeSchedulesOnceAndRateSchedulesEachPeriod() {
        LocalService.MutableClock clock = new LocalService.MutableClock(Instant.parse("2026-11-29T00:00:00Z"));
        List<String> published = new ArrayList<>();
        LocalScheduler scheduler = new LocalScheduler(clock, event -> published.add(event.id()));
        scheduler.publishAt("once", clock.instant().plus(Duration.ofHours(2)), event("once"));
        scheduler.publishAt("once", clock.instant().plus(Duration.ofHours(9)), event("ignored"));
        scheduler.every("daily", Duration.ofDays(1), () -> List.of(event("sweep")));

        assertThat(scheduler.runDue()).isZero();
        assertThat(published).containsExactly("sweep");
        clock.advance(Duration.ofHours(3));
        assertThat(scheduler.runDue()).isEqualTo(1);
        assertThat(scheduler.runDue()).isZero();
        assertThat(published).containsExactly("sweep", "once");
        clock.advance(Duration.ofDays(1));
        scheduler.runDue();
        assertThat(published).containsExactly("sweep", "once", "sweep");
        assertThat(scheduler.pending()).isZero();
    }

    private static Event event(String id) {
        return new Event(id, DetailType.KEY_PURGE_SWEEP, Instant.parse("2026-11-29T00:00:00Z"), "us-east-1",
                "111122223333", List.of(), JsonCodec.parse("{}"));
    }
}
