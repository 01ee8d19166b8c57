package dev.paycrypto.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Event times in CloudTrail's form, whole seconds in UTC, whichever second comes and in whatever order. */
class EventTimesTest {

    @Test
    void writesWholeUtcSecondsAsCloudTrailDoes() {
        assertThat(EventTimes.cloudTrail(Instant.parse("2026-11-22T12:00:00.999999Z"))).isEqualTo("2026-11-22T12:00:00Z");
        assertThat(EventTimes.cloudTrail(Instant.parse("2026-11-22T12:00:00Z"))).isEqualTo("2026-11-22T12:00:00Z");
        assertThat(EventTimes.cloudTrail(Instant.parse("2026-11-22T12:00:01Z"))).isEqualTo("2026-11-22T12:00:01Z");
        assertThat(EventTimes.cloudTrail(Instant.parse("1999-01-02T03:04:05.5Z"))).isEqualTo("1999-01-02T03:04:05Z");
        assertThat(EventTimes.cloudTrail(Instant.parse("2026-11-22T12:00:00Z"))).isEqualTo("2026-11-22T12:00:00Z");
    }
}
