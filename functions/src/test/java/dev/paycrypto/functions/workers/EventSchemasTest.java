package dev.paycrypto.functions.workers;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.paycrypto.functions.Fixtures;
import dev.paycrypto.keys.KeyLifecycle;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.app.events.AuditRecords;
import dev.paycrypto.app.events.DetailType;
import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.events.EventRefusals;
import dev.paycrypto.app.events.EventRefusedException;
import dev.paycrypto.app.events.KeyEvents;
import dev.paycrypto.app.json.JsonCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The event documentation holds: every detail type has a JSON Schema under {@code events/schemas} and a sample
 * under {@code events/bus}; every sample, and the events the code itself builds, validate against their schema.
 */
class EventSchemasTest {

    private static final Map<DetailType, String> SCHEMAS = Map.ofEntries(
            Map.entry(DetailType.KEY_REPLICATION_REQUESTED, "key-replication"),
            Map.entry(DetailType.API_CALL, "api-call"),
            Map.entry(DetailType.KEY_DELETION_SCHEDULED, "key-event"),
            Map.entry(DetailType.KEY_PURGE_DUE, "key-event"),
            Map.entry(DetailType.KEY_DELETED, "key-event"),
            Map.entry(DetailType.KEY_PURGE_SWEEP, "key-purge-sweep"),
            Map.entry(DetailType.KEY_ROTATION_REQUESTED, "key-rotation"),
            Map.entry(DetailType.KEY_ROTATED, "key-rotation"),
            Map.entry(DetailType.EVENT_REFUSED, "event-refused"),
            Map.entry(DetailType.MPA_APPROVAL_DECISION, "mpa-approval"),
            Map.entry(DetailType.MPA_SESSION_DECIDED, "mpa-approval"));

    @Test
    void everyDetailTypeHasASchemaAndASample() throws IOException {
        assertThat(SCHEMAS.keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(DetailType.class));
        Set<DetailType> sampled = EnumSet.noneOf(DetailType.class);
        for (Path sample : samples()) {
            Event event = Event.fromEnvelope(JsonCodec.parse(Files.readString(sample)));
            sampled.add(event.detailType());
            assertValid(event, sample.getFileName().toString());
        }
        assertThat(sampled).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(DetailType.class));
    }

    @Test
    void theEventsTheCodeBuildsMatchTheirSchemas() {
        StoredKey key = Fixtures.seededRegion().keyStore().findKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID)
                .orElseThrow();
        StoredKey pending = KeyLifecycle.scheduleDeletion(key, Fixtures.NOW, 7);
        assertValid(KeyEvents.deletionScheduled(pending, "us-east-1", Fixtures.NOW), "deletion scheduled");
        assertValid(KeyEvents.purgeDue(pending, "us-east-1"), "purge due");
        assertValid(KeyEvents.deleted(pending, "us-east-1", Fixtures.NOW), "deleted");
        assertValid(AuditRecords.apiCall(new AuditRecords.Call("GetKey", true, "us-east-1", Fixtures.ACCOUNT,
                null, "127.0.0.1", "test", "r-1", Fixtures.NOW, JsonCodec.parse("{\"KeyIdentifier\":\"alias/a\"}"),
                null, "ResourceNotFoundException", "Key not found")), "failed API call");
        Event purgeDue = KeyEvents.purgeDue(pending, "us-east-1");
        assertValid(EventRefusals.refusal(purgeDue, "KeyPurgeWorker", "us-east-1", new EventRefusedException(
                "Key " + pending.keyArn() + " is pending deletion until " + pending.deletePendingTimestamp()
                        + ",\nnot yet due " + "x".repeat(600))), "a refusal, its reason one line and bounded");
    }

    @Test
    void theSchemasRefuseWhatTheyDoNotDescribe() {
        assertThat(schema("key-event").validate(JsonCodec.parse("{\"keyId\":\"NOT-AN-ID\"}"))).isNotEmpty();
        assertThat(schema("api-call").validate(JsonCodec.parse("{\"eventName\":\"GetKey\"}"))).isNotEmpty();
        assertThat(schema("key-purge-sweep").validate(JsonCodec.parse("{\"extra\":1}"))).isNotEmpty();
        assertThat(schema("event-refused").validate(JsonCodec.parse("{\"refusedEventId\":\"e\","
                + "\"refusedDetailType\":\"Key Purge Due\",\"worker\":\"KeyPurgeWorker\",\"reason\":\"two\\nlines\"}")))
                .isNotEmpty();
    }

    private static void assertValid(Event event, String what) {
        Schema schema = schema(SCHEMAS.get(event.detailType()));
        List<Error> errors = schema.validate(event.detail());
        assertThat(errors).as(what + " against " + SCHEMAS.get(event.detailType())).isEmpty();
    }

    private static Schema schema(String name) {
        try {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(Files.readString(Path.of("../events/schemas/" + name + ".schema.json")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../events/bus"))) {
            return new ArrayList<>(files.filter(f -> f.toString().endsWith(".json")).sorted().toList());
        }
    }
}
