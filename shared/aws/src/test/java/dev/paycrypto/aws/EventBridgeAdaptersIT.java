package dev.paycrypto.aws;

import dev.paycrypto.app.events.AuditRecords;
import dev.paycrypto.app.events.DetailType;
import dev.paycrypto.app.events.Event;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.aws.MotoServer;
import dev.paycrypto.app.json.JsonCodec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.scheduler.model.GetScheduleResponse;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The deployed adapters against moto_server (a real EventBridge, SQS and EventBridge Scheduler API, locally): a
 * published event reaches the target of the rule its pattern matches, and only that one; a one-time schedule is
 * created as the template's workers expect it, once.
 */
class EventBridgeAdaptersIT {

    private static MotoServer moto;

    @BeforeAll
    static void start() throws Exception {
        moto = MotoServer.start();
    }

    @AfterAll
    static void stop() {
        if (moto != null) {
            moto.close();
        }
    }

    @Test
    void aPublishedEventReachesTheTargetOfTheMatchingRuleOnly() {
        try (EventBridgeClient events = moto.client(EventBridgeClient.builder(), Region.US_EAST_1);
             SqsClient sqs = moto.client(SqsClient.builder(), Region.US_EAST_1)) {
            events.createEventBus(r -> r.name("paycrypto-events"));
            String audit = queue(sqs, "audit");
            String purges = queue(sqs, "purges");
            rule(events, "api-calls", "API Call", audit, sqs);
            rule(events, "purge-due", "Key Purge Due", purges, sqs);

            Event call = AuditRecords.apiCall(new AuditRecords.Call("GetKey", true, "us-east-1", "111122223333",
                    null, "127.0.0.1", "test", "req-1", Instant.parse("2026-11-29T12:00:00Z"),
                    JsonCodec.parse("{\"KeyIdentifier\":\"alias/a\"}"), null, "ResourceNotFoundException", "gone"));
            new EventBridgeBus(events, "paycrypto-events").publish(call);

            List<Message> delivered = receive(sqs, audit);
            assertThat(delivered).hasSize(1);
            Event received = Event.fromEnvelope(JsonCodec.parse(delivered.get(0).body()));
            assertThat(received.detailType()).isEqualTo(DetailType.API_CALL);
            assertThat(received.detail()).isEqualTo(call.detail());
            assertThat(sqs.receiveMessage(r -> r.queueUrl(purges).waitTimeSeconds(1)).messages()).isEmpty();
        }
    }

    @Test
    void aOneTimeScheduleTargetsTheBusOnce() {
        try (SchedulerClient scheduler = moto.client(SchedulerClient.builder(), Region.US_EAST_1)) {
            String busArn = "arn:aws:events:us-east-1:123456789012:event-bus/paycrypto-events";
            String roleArn = "arn:aws:iam::123456789012:role/paycrypto-scheduler";
            EventBridgeEventScheduler adapter = new EventBridgeEventScheduler(scheduler, busArn, roleArn);
            Event due = new Event("e1", DetailType.KEY_PURGE_DUE, Instant.parse("2026-12-06T12:00:00.250Z"),
                    "us-east-1", "111122223333", List.of(), JsonCodec.parse("{\"keyId\":\"abcdefghijklmnop\"}"));
            adapter.publishAt("paycrypto-purge-111122223333-abcdefghijklmnop", due.time(), due);
            adapter.publishAt("paycrypto-purge-111122223333-abcdefghijklmnop", due.time(), due);

            GetScheduleResponse schedule = scheduler.getSchedule(r -> r
                    .name("paycrypto-purge-111122223333-abcdefghijklmnop"));
            // EventBridge Scheduler's one-time form: at(yyyy-mm-ddThh:mm:ss), seconds included, never before the
            // time asked for (12:00:00.250 is rounded up: the purge worker refuses an early Key Purge Due)
            assertThat(schedule.scheduleExpression()).isEqualTo("at(2026-12-06T12:00:01)");
            assertThat(schedule.scheduleExpressionTimezone()).isEqualTo("UTC");
            assertThat(schedule.target().arn()).isEqualTo(busArn);
            assertThat(schedule.target().roleArn()).isEqualTo(roleArn);
            assertThat(schedule.target().eventBridgeParameters().detailType()).isEqualTo("Key Purge Due");
            assertThat(schedule.target().eventBridgeParameters().source()).isEqualTo("dev.paycrypto");
            JsonNode input = JsonCodec.parse(schedule.target().input());
            assertThat(input.get("keyId").asText()).isEqualTo("abcdefghijklmnop");
        }
    }

    private static String queue(SqsClient sqs, String name) {
        return sqs.createQueue(r -> r.queueName(name)).queueUrl();
    }

    private static void rule(EventBridgeClient events, String name, String detailType, String queueUrl,
                             SqsClient sqs) {
        String queueArn = sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        events.putRule(r -> r.name(name).eventBusName("paycrypto-events")
                .eventPattern("{\"source\":[\"dev.paycrypto\"],\"detail-type\":[\"" + detailType + "\"]}"));
        events.putTargets(r -> r.rule(name).eventBusName("paycrypto-events")
                .targets(t -> t.id(name).arn(queueArn)));
    }

    private static List<Message> receive(SqsClient sqs, String queueUrl) {
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < 5 && messages.isEmpty(); i++) {
            messages.addAll(sqs.receiveMessage(r -> r.queueUrl(queueUrl).waitTimeSeconds(1)).messages());
        }
        return messages;
    }
}
