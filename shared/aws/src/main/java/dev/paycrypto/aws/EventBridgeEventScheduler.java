package dev.paycrypto.aws;

import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.events.EventScheduler;
import dev.paycrypto.app.json.JsonCodec;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.scheduler.model.ActionAfterCompletion;
import software.amazon.awssdk.services.scheduler.model.ConflictException;
import software.amazon.awssdk.services.scheduler.model.FlexibleTimeWindowMode;

/**
 * The deployed scheduler: a one-time EventBridge Scheduler schedule ({@code at(...)}, UTC, deleted after it runs)
 * whose target is the stack's event bus, so the event arrives through the same rules as every other. A schedule
 * of the same name already there means the work was done.
 */
public final class EventBridgeEventScheduler implements EventScheduler {

    /** The one form {@code at()} takes: seconds always written (LocalDateTime#toString drops them at :00). */
    private static final DateTimeFormatter AT_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final SchedulerClient client;
    private final String busArn;
    private final String roleArn;

    public EventBridgeEventScheduler(SchedulerClient client, String busArn, String roleArn) {
        this.client = client;
        this.busArn = busArn;
        this.roleArn = roleArn;
    }

    /**
     * {@code at()} takes whole seconds; rounding down would fire up to a second early, and the purge worker refuses a
     * Key Purge Due that comes before its key's pending time.
     */
    private static Instant wholeSecondNotBefore(Instant at) {
        Instant second = at.truncatedTo(ChronoUnit.SECONDS);
        return second.equals(at) ? at : second.plusSeconds(1);
    }

    @Override
    public void publishAt(String name, Instant at, Event event) {
        String when = AT_FORMAT.format(LocalDateTime.ofInstant(wholeSecondNotBefore(at), ZoneOffset.UTC));
        try {
            client.createSchedule(r -> r.name(name).scheduleExpression("at(" + when + ")")
                    .scheduleExpressionTimezone("UTC")
                    .flexibleTimeWindow(w -> w.mode(FlexibleTimeWindowMode.OFF))
                    .actionAfterCompletion(ActionAfterCompletion.DELETE)
                    .target(t -> t.arn(busArn).roleArn(roleArn).input(JsonCodec.write(event.detail()))
                            .eventBridgeParameters(p -> p.source(Event.SOURCE)
                                    .detailType(event.detailType().text()))));
        } catch (ConflictException alreadyScheduled) {
            // scheduled by an earlier delivery of the same request
        }
    }
}
