package dev.paycrypto.functions.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paycrypto.functions.Fixtures;
import dev.paycrypto.keys.KeyReplication;
import dev.paycrypto.keys.KeyState;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.app.events.DetailType;
import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.events.EventBus;
import dev.paycrypto.app.events.EventRefusedException;
import dev.paycrypto.app.events.EventScheduler;
import dev.paycrypto.app.json.JsonCodec;
import dev.paycrypto.service.runtime.Regions;
import dev.paycrypto.service.runtime.Services;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the worker tests share: Regions on real in-memory stores wired to a recording bus and to each other, events
 * delivered as EventBridge hands them over, a snapshot of what the stores hold, and the assertion that an event was
 * refused and its refusal published.
 */
final class WorkerFixtures {

    static final String HOME = Fixtures.REGION;
    static final String EUROPE = "eu-west-1";
    static final String OREGON = "us-west-2";

    private WorkerFixtures() {
    }

    /** {@code base} as the Region {@code region}, on {@code clock}, publishing to {@code events}, reaching others. */
    static Services rewired(Services base, String region, Clock clock, EventBus events, EventScheduler scheduler,
                            Map<String, Services> others) {
        Regions regions = name -> Optional.ofNullable(others.get(name));
        return new Services(region, base.keyStore(), base.sealer(), clock, base.random(), base.metrics(), events,
                base.audit(), scheduler, regions);
    }

    /** A fresh, empty Region named {@code region}. */
    static Services emptyRegion(String region) {
        Services base = Fixtures.region();
        return rewired(base, region, base.clock(), EventBus.NONE, EventScheduler.NONE, Map.of());
    }

    /** A key of the sample key's id (and material) as stored in another Region, in the given replication role. */
    static StoredKey sampleKeyIn(Services home, String region, KeyReplication replication) {
        StoredKey primary = home.keyStore().findKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID).orElseThrow();
        return primary.toBuilder().keyArn(primary.keyArn().replace(":" + HOME + ":", ":" + region + ":"))
                .keyState(KeyState.CREATE_COMPLETE).deletePendingTimestamp(null).replication(replication).version(1)
                .build();
    }

    static KeyReplication replicaOf(String primaryRegion) {
        return new KeyReplication(KeyReplication.Role.REPLICA, primaryRegion, null, false);
    }

    /** A PRIMARY of {@code HOME} with the given Regions in the given states (region, status, region, status, ...). */
    static KeyReplication primaryWith(String... regionsAndStatuses) {
        KeyReplication replication = new KeyReplication(KeyReplication.Role.PRIMARY, HOME, null, false);
        for (int i = 0; i < regionsAndStatuses.length; i += 2) {
            replication = replication.withRegion(regionsAndStatuses[i],
                    new KeyReplication.RegionStatus(KeyReplication.State.valueOf(regionsAndStatuses[i + 1]), null));
        }
        return replication;
    }

    /** A sample event of {@code events/bus}, as a worker would read it. */
    static Event sample(String name) throws IOException {
        return Event.fromEnvelope(JsonCodec.parse(Files.readString(Path.of("../events/bus/" + name + ".json"))));
    }

    /** An event of the sample account in {@code region}, with a new id. */
    static Event event(DetailType type, String region, String detailJson) {
        return new Event(UUID.randomUUID().toString(), type, Fixtures.NOW, region, Fixtures.ACCOUNT, List.of(),
                JsonCodec.parse(detailJson));
    }

    /** {@code event} with another id, region and account (the rest as it was). */
    static Event readdressed(Event event, String region, String account) {
        return new Event(UUID.randomUUID().toString(), event.detailType(), event.time(), region, account,
                event.resources(), event.detail());
    }

    /** Delivers the event as EventBridge hands it to a rule's target. */
    static void deliver(EventWorker worker, Event event) throws IOException {
        worker.handleRequest(new ByteArrayInputStream(event.envelope().toString().getBytes(StandardCharsets.UTF_8)),
                new ByteArrayOutputStream(), null);
    }

    /** Everything the Regions' stores hold of the sample account: keys (with their versions) and aliases. */
    static List<Object> snapshot(Services... regions) {
        List<Object> held = new ArrayList<>();
        for (Services region : regions) {
            held.addAll(region.keyStore().listKeys(Fixtures.ACCOUNT, null, 100, null).items());
            held.addAll(region.keyStore().listAliases(Fixtures.ACCOUNT, null, 100, null).items());
            held.add(region.keyStore().findResourcePolicy(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID));
        }
        return held;
    }

    /**
     * Delivers {@code event}, which {@code worker} must refuse with a reason containing {@code reason} and without
     * changing anything in the {@code unchanged} Regions, and finds its refusal among the {@code published} events.
     */
    static void assertRefused(EventWorker worker, Event event, List<Event> published, String reason,
                              Services... unchanged) {
        List<Object> before = snapshot(unchanged);
        assertThatThrownBy(() -> deliver(worker, event)).isInstanceOf(EventRefusedException.class)
                .hasMessageContaining(reason);
        assertThat(snapshot(unchanged)).as("what the stores hold").isEqualTo(before);
        assertThat(published).filteredOn(e -> e.detailType() == DetailType.EVENT_REFUSED
                        && e.detail().get("refusedEventId").asText().equals(event.id()))
                .singleElement().satisfies(refusal -> {
                    assertThat(refusal.detail().get("refusedDetailType").asText())
                            .isEqualTo(event.detailType().text());
                    assertThat(refusal.detail().get("worker").asText()).isEqualTo(worker.getClass().getSimpleName());
                    assertThat(refusal.detail().get("reason").asText()).contains(reason);
                    assertThat(refusal.account()).isEqualTo(event.account());
                });
    }
}
