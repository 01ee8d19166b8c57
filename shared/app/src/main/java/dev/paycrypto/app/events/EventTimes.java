package dev.paycrypto.app.events;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Event times as CloudTrail writes them ({@code 2026-11-22T12:00:00Z}: UTC, whole seconds). Every call's record
 * carries one, and calls come many to a second, so the text of the current second is made once and reused.
 */
public final class EventTimes {

    private static final DateTimeFormatter CLOUDTRAIL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    /** The last second formatted, and its text (one immutable pair, swapped whole). */
    private record Second(long epochSecond, String text) {
    }

    private static volatile Second last = new Second(Long.MIN_VALUE, "");

    private EventTimes() {
    }

    public static String cloudTrail(Instant time) {
        Second cached = last;
        if (cached.epochSecond() == time.getEpochSecond()) {
            return cached.text();
        }
        String text = CLOUDTRAIL.format(time);
        last = new Second(time.getEpochSecond(), text);
        return text;
    }
}
