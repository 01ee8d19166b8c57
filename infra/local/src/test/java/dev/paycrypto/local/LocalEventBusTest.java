package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.app.events.DetailType;
import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.events.EventRefusedException;
import dev.paycrypto.app.json.JsonCodec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The in-process bus: the template's rules matched by event-ruler, delivery to the rule's worker, retries by the
 * rule's RetryPolicy, and the dead-letter store.
 */
class LocalEventBusTest {

    private static final List<FunctionDefinition> TEMPLATE_FUNCTIONS =
            TemplateReader.functions(TemplateReader.read(LocalService.TEMPLATE));

    @Test
    void theTemplateRoutesApiCallsToTheAuditWorker() {
        List<String> delivered = new ArrayList<>();
        LocalEventBus bus = new LocalEventBus(TEMPLATE_FUNCTIONS, (function, region) -> (in, out, context) ->
                delivered.add(function.logicalId() + "@" + region + ":" + JsonCodec.parse(new String(in.readAllBytes()))
                        .get("detail").get("eventName").asText()), DeadLetterStore.inMemory(100));
        bus.publish(event("GetKey", "eu-west-1"));
        settle(bus);
        assertThat(delivered).containsExactly("AuditWorkerFunction@eu-west-1:GetKey");
        assertThat(bus.deadLetters().all(100)).isEmpty();
    }

    @Test
    void matchesOnTheDetailWithAwsPatternSemantics() {
        FunctionDefinition worker = new FunctionDefinition("CreateKeyWatcher", "unused", List.of(), List.of(
                new FunctionDefinition.EventRule("CreateKeyWatcher.Creates", JsonCodec.parse("{\"source\":"
                        + "[\"dev.paycrypto\"],\"detail\":{\"eventName\":[\"CreateKey\"],"
                        + "\"errorCode\":[{\"exists\":false}]}}"), 0)));
        AtomicInteger deliveries = new AtomicInteger();
        LocalEventBus bus = new LocalEventBus(List.of(worker), (function, region) -> (in, out, context) ->
                deliveries.incrementAndGet(), DeadLetterStore.inMemory(100));
        bus.publish(event("GetKey", "us-east-1"));
        settle(bus);
        assertThat(deliveries).hasValue(0);
        bus.publish(event("CreateKey", "us-east-1"));
        settle(bus);
        assertThat(deliveries).hasValue(1);
    }

    @Test
    void aFailingWorkerIsRetriedThenTheEventIsDeadLettered() {
        AtomicInteger attempts = new AtomicInteger();
        RequestStreamHandler failing = (in, out, context) -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("store unavailable");
        };
        LocalEventBus bus = new LocalEventBus(TEMPLATE_FUNCTIONS, (function, region) -> failing, DeadLetterStore.inMemory(100));
        Event event = event("ListKeys", "us-east-1");
        bus.publish(event);
        settle(bus);
        // the template's rule: MaximumRetryAttempts 2, so three attempts in all
        assertThat(attempts).hasValue(3);
        assertThat(bus.deadLetters().all(100)).singleElement().satisfies(letter -> {
            assertThat(letter.rule()).isEqualTo("AuditWorkerFunction.ApiCalls");
            assertThat(letter.failure()).isEqualTo(IllegalStateException.class.getName());
            assertThat(Event.fromEnvelope(JsonCodec.parse(letter.envelope()))).isEqualTo(event);
        });
    }

    @Test
    void aRefusedEventIsDeadLetteredAtOnceWithoutRetries() {
        AtomicInteger attempts = new AtomicInteger();
        RequestStreamHandler refusing = (in, out, context) -> {
            attempts.incrementAndGet();
            throw new EventRefusedException("the event does not match the stored state");
        };
        LocalEventBus bus = new LocalEventBus(TEMPLATE_FUNCTIONS, (function, region) -> refusing,
                DeadLetterStore.inMemory(100));
        bus.publish(event("ListKeys", "us-east-1"));
        settle(bus);
        assertThat(attempts).hasValue(1);
        assertThat(bus.deadLetters().all(100)).singleElement().satisfies(letter ->
                assertThat(letter.failure()).isEqualTo(EventRefusedException.class.getName()));
    }

    @Test
    void deadLettersAreCappedOldestFirstAndListedPerRegionAndAccount() {
        RequestStreamHandler failing = (in, out, context) -> {
            throw new IllegalStateException("down");
        };
        LocalEventBus bus = new LocalEventBus(TEMPLATE_FUNCTIONS, (function, region) -> failing,
                DeadLetterStore.inMemory(3));
        for (int i = 0; i < 5; i++) {
            bus.publish(event("Call" + i, i % 2 == 0 ? "us-east-1" : "eu-west-1"));
            settle(bus);
        }
        assertThat(bus.deadLetters().size()).isEqualTo(3);
        assertThat(bus.deadLetters().all(10)).extracting(letter -> JsonCodec.parse(letter.envelope()).get("id")
                .asText()).containsExactly("Call2-us-east-1", "Call3-eu-west-1", "Call4-us-east-1");
        assertThat(bus.deadLetters().list("us-east-1", "111122223333", 10)).hasSize(2);
        assertThat(bus.deadLetters().list("us-east-1", "444455556666", 10)).isEmpty();
    }

    @Test
    void anEventLargerThanEventBridgeTakesIsRefused() {
        LocalEventBus bus = new LocalEventBus(TEMPLATE_FUNCTIONS, (function, region) -> (in, out, context) -> { },
                DeadLetterStore.inMemory(3));
        Event huge = new Event("huge", DetailType.API_CALL, Instant.parse("2026-11-29T12:00:00Z"), "us-east-1",
                "111122223333", List.of(), JsonCodec.parse("{\"eventName\":\"" + "x".repeat(300_000) + "\"}"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> bus.publish(huge))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most");
    }

    private static void settle(LocalEventBus bus) {
        try {
            bus.awaitQuiescence(java.time.Duration.ofSeconds(10));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Event event(String operation, String region) {
        JsonNode detail = JsonCodec.parse("{\"eventName\":\"" + operation + "\"}");
        return new Event(operation + "-" + region, DetailType.API_CALL, Instant.parse("2026-11-29T12:00:00Z"), region,
                "111122223333", List.of(), detail);
    }
}
