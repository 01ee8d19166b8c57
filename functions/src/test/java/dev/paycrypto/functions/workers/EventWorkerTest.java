package dev.paycrypto.functions.workers;

import static dev.paycrypto.functions.workers.WorkerFixtures.HOME;
import static dev.paycrypto.functions.workers.WorkerFixtures.assertRefused;
import static dev.paycrypto.functions.workers.WorkerFixtures.deliver;
import static dev.paycrypto.functions.workers.WorkerFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paycrypto.functions.Fixtures;
import dev.paycrypto.keys.KeyLifecycle;
import dev.paycrypto.app.events.DetailType;
import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.events.EventBus;
import dev.paycrypto.app.events.EventRefusedException;
import dev.paycrypto.app.events.EventScheduler;
import dev.paycrypto.service.runtime.Services;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The checks every worker shares, and the record of a refusal: one per refused event and worker, the same for every
 * delivery, and the event refused even when its record cannot be published.
 */
class EventWorkerTest {

    private final List<Event> published = new ArrayList<>();

    @Test
    void refusesAnEventOfAnAccountThatIsNoAccountId() throws Exception {
        Services services = dueRegion(published::add);
        for (String account : List.of("1111", "11112222333a", "")) {
            assertRefused(new KeyPurgeWorker(services), WorkerFixtures.readdressed(sample("key-purge-due"), HOME,
                    account), published, "The event's account is not a 12-digit AWS account id", services);
        }
    }

    @Test
    void refusesAnEventOfAnotherRegionBeforeLookingAtIt() throws Exception {
        Services services = dueRegion(published::add);
        // the key is pending and due in this Region's store: only the Region is wrong
        assertRefused(new KeyPurgeWorker(services), WorkerFixtures.readdressed(sample("key-purge-due"), "eu-west-1",
                Fixtures.ACCOUNT), published, "The event is of Region eu-west-1", services);
    }

    @Test
    void everyDeliveryOfARefusedEventMakesTheSameRecordOneWorkerAtATime() throws Exception {
        Services services = dueRegion(published::add);
        Event foreign = WorkerFixtures.readdressed(sample("key-purge-sweep"), "eu-west-1", Fixtures.ACCOUNT);
        for (int delivery = 0; delivery < 2; delivery++) {
            assertThatThrownBy(() -> deliver(new KeyPurgeSweeper(services), foreign))
                    .isInstanceOf(EventRefusedException.class);
        }
        assertThatThrownBy(() -> deliver(new KeyPurgeWorker(services), foreign))
                .isInstanceOf(EventRefusedException.class);

        assertThat(published).hasSize(3).allSatisfy(refusal -> {
            assertThat(refusal.detailType()).isEqualTo(DetailType.EVENT_REFUSED);
            assertThat(refusal.region()).isEqualTo(HOME);
            assertThat(refusal.time()).isEqualTo(foreign.time());
        });
        assertThat(published.get(1)).isEqualTo(published.get(0));
        assertThat(published.get(2).id()).isNotEqualTo(published.get(0).id());
        assertThat(published.get(2).detail().get("worker").asText()).isEqualTo("KeyPurgeWorker");
    }

    @Test
    void anEventIsRefusedEvenWhenItsRefusalCannotBePublished() throws Exception {
        IllegalStateException busDown = new IllegalStateException("EventBridge rejected the event");
        Services services = dueRegion(event -> {
            throw busDown;
        });
        assertThatThrownBy(() -> deliver(new KeyPurgeWorker(services), WorkerFixtures.readdressed(
                sample("key-purge-due"), "eu-west-1", Fixtures.ACCOUNT)))
                .isInstanceOf(EventRefusedException.class)
                .satisfies(refused -> assertThat(refused.getSuppressed()).containsExactly(busDown));
        assertThat(services.keyStore().findKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID)).isPresent();
    }

    @Test
    void aReasonIsOneBoundedLine() {
        EventRefusedException refused = new EventRefusedException("Region eu-west-1\nforged: "
                + "x".repeat(1000));
        assertThat(refused.reason()).doesNotContain("\n").startsWith("Region eu-west-1 forged: ").hasSize(501);
        assertThat(refused.getStackTrace()).isEmpty();
    }

    /** The seeded Region, its sample key pending deletion and due, publishing to {@code bus}. */
    private static Services dueRegion(EventBus bus) {
        Services seeded = Fixtures.seededRegion();
        seeded.keyStore().updateKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID,
                key -> KeyLifecycle.scheduleDeletion(key, Fixtures.NOW, 7));
        return WorkerFixtures.rewired(seeded, HOME, Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"),
                ZoneOffset.UTC), bus, EventScheduler.NONE, Map.of());
    }
}
