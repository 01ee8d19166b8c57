package dev.paycrypto.functions.workers;

import static dev.paycrypto.functions.workers.WorkerFixtures.HOME;
import static dev.paycrypto.functions.workers.WorkerFixtures.deliver;
import static dev.paycrypto.functions.workers.WorkerFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.functions.Fixtures;
import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.events.EventRefusedException;
import dev.paycrypto.app.events.EventScheduler;
import dev.paycrypto.service.runtime.Services;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The sample events of {@code events/bus} replayed through the audit worker: each stored once however often it
 * arrives. An API Call record that names another account, Region or source than the event that carries it is
 * refused, and the audit worker stores its refusal itself — it publishes nothing, or the refusal would come back to
 * it.
 */
class AuditWorkerTest {

    private final List<Event> published = new ArrayList<>();
    private final Services services = region();
    private final AuditWorker worker = new AuditWorker(services);

    @Test
    void storesTheSampleEventOnceHoweverOftenItArrives() throws Exception {
        deliver(worker, sample("api-call"));
        deliver(worker, sample("api-call"));

        List<JsonNode> records = audited(10);
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.get("eventName").asText()).isEqualTo("GenerateCardValidationData");
            assertThat(record.get("requestParameters").get("PrimaryAccountNumber").asText())
                    .isEqualTo("412345******2345");
        });
    }

    @Test
    void recordsAKeyEventWithoutAnApiCallAsAServiceEvent() throws Exception {
        for (String name : List.of("key-rotation-requested", "key-rotated", "key-deleted")) {
            deliver(worker, sample(name));
        }
        List<JsonNode> records = audited(10);
        assertThat(records).extracting(record -> record.get("eventName").asText())
                .containsExactly("Key Rotation Requested", "Key Rotated", "Key Deleted");
        assertThat(records).allSatisfy(record ->
                assertThat(record.get("eventType").asText()).isEqualTo("AwsServiceEvent"));
        assertThat(records.get(1).get("serviceEventDetails").get("aliasName").asText()).isEqualTo("alias/sample-dek");
        // a scheduling event is not audited (DeleteKey's own API Call is): refused, and the refusal kept
        assertRefusedAndStored(sample("key-deletion-scheduled"), "not Key Deletion Scheduled");
    }

    @Test
    void refusesAnApiCallRecordOfAnotherAccountRegionOrSource() throws Exception {
        Map<String, String> forgeries = Map.of("recipientAccountId", "444455556666", "awsRegion", "eu-west-1",
                "eventSource", "kms.amazonaws.com");
        for (Map.Entry<String, String> forgery : forgeries.entrySet()) {
            Event forged = withDetailMember(sample("api-call"), forgery.getKey(), forgery.getValue());
            for (int delivery = 0; delivery < 2; delivery++) {
                assertRefusedAndStored(forged, "The API Call record's " + forgery.getKey() + " is not");
            }
        }
        assertThat(audited(10)).noneMatch(record ->
                "AwsApiCall".equals(record.path("eventType").asText()));
        assertThat(refusals()).hasSize(3);
    }

    @Test
    void storesARefusalOnceUnderAnIdDerivedFromItsDetail() throws Exception {
        Event refusal = sample("event-refused");
        deliver(worker, refusal);
        // deployed, EventBridge gives each publication an id of its own: the record is still the same
        deliver(worker, new Event(UUID.randomUUID().toString(), refusal.detailType(), refusal.time(), refusal.region(),
                refusal.account(), refusal.resources(), refusal.detail()));

        assertThat(refusals()).singleElement().satisfies(record -> {
            assertThat(record.get("eventID").asText()).isEqualTo(refusal.id());
            assertThat(record.get("serviceEventDetails")).isEqualTo(refusal.detail());
        });
    }

    @Test
    void refusesARefusalThatDoesNotNameItsWorker() throws Exception {
        assertRefusedAndStored(withDetailMember(sample("event-refused"), "worker", null),
                "names its refusedEventId and worker");
        assertThat(refusals()).hasSize(1);
    }

    @Test
    void refusesAnEventOfAnotherSource() {
        byte[] foreign = "{\"source\":\"aws.s3\",\"detail-type\":\"Object Created\",\"detail\":{}}".getBytes();
        assertThatThrownBy(() -> worker.handleRequest(new ByteArrayInputStream(foreign), new ByteArrayOutputStream(),
                null)).isInstanceOf(EventRefusedException.class).hasMessageContaining("Not a PayCrypto event");
        assertThat(audited(10)).isEmpty();
    }

    /**
     * The audit worker refuses {@code event} and stores its refusal itself, once however often the event comes, as
     * a service event; it publishes nothing.
     */
    private void assertRefusedAndStored(Event event, String reason) {
        assertThatThrownBy(() -> deliver(worker, event)).isInstanceOf(EventRefusedException.class)
                .hasMessageContaining(reason);
        assertThat(refusals()).filteredOn(record -> record.get("serviceEventDetails").get("refusedEventId").asText()
                .equals(event.id())).singleElement().satisfies(record -> {
                    assertThat(record.get("eventType").asText()).isEqualTo("AwsServiceEvent");
                    JsonNode details = record.get("serviceEventDetails");
                    assertThat(details.get("worker").asText()).isEqualTo("AuditWorker");
                    assertThat(details.get("refusedDetailType").asText()).isEqualTo(event.detailType().text());
                    assertThat(details.get("reason").asText()).contains(reason);
                });
        assertThat(published).isEmpty();
    }

    private List<JsonNode> refusals() {
        return audited(100).stream()
                .filter(record -> "Event Refused".equals(record.path("eventName").asText())).toList();
    }

    private Services region() {
        Services base = Fixtures.region();
        return WorkerFixtures.rewired(base, HOME, base.clock(), published::add, EventScheduler.NONE, Map.of());
    }

    /** {@code event} with a new id and one member of its detail set (or removed, for null). */
    private static Event withDetailMember(Event event, String member, String value) {
        ObjectNode detail = event.detail().deepCopy();
        if (value == null) {
            detail.remove(member);
        } else {
            detail.put(member, value);
        }
        return new Event(UUID.randomUUID().toString(), event.detailType(), event.time(), event.region(),
                event.account(), event.resources(), detail);
    }

    /** What the store holds once every record appended so far is committed (the local store commits in groups). */
    private List<JsonNode> audited(int limit) {
        services.audit().flush();
        return services.audit().list(Fixtures.ACCOUNT, limit);
    }
}
