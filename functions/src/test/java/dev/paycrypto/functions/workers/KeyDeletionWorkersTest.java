package dev.paycrypto.functions.workers;

import static dev.paycrypto.functions.workers.WorkerFixtures.EUROPE;
import static dev.paycrypto.functions.workers.WorkerFixtures.HOME;
import static dev.paycrypto.functions.workers.WorkerFixtures.OREGON;
import static dev.paycrypto.functions.workers.WorkerFixtures.assertRefused;
import static dev.paycrypto.functions.workers.WorkerFixtures.deliver;
import static dev.paycrypto.functions.workers.WorkerFixtures.primaryWith;
import static dev.paycrypto.functions.workers.WorkerFixtures.replicaOf;
import static dev.paycrypto.functions.workers.WorkerFixtures.sample;
import static dev.paycrypto.functions.workers.WorkerFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paycrypto.functions.Fixtures;
import dev.paycrypto.keys.KeyLifecycle;
import dev.paycrypto.keys.KeyReplication;
import dev.paycrypto.keys.KeyState;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.app.events.DetailType;
import dev.paycrypto.app.events.Event;
import dev.paycrypto.service.runtime.Services;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scheduled-deletion workers, each replaying its sample event of {@code events/bus}: the scheduler asks for a
 * Key Purge Due at the pending time; the purge deletes a key still pending and due, unassigns its alias and says
 * so once, however often the event arrives; a restored key, or an event of an earlier deletion, is left alone
 * quietly; a purge before the pending time, or of a replica, is refused; the sweep asks again for every key already
 * due.
 */
class KeyDeletionWorkersTest {

    /** The sample key's pending time in the samples: 7 days from Fixtures.NOW. */
    private static final Instant PENDING = Instant.parse("2026-11-29T12:00:00Z");

    private final List<Event> published = new ArrayList<>();
    private final List<String> scheduled = new ArrayList<>();
    private final Map<String, Services> regions = new HashMap<>();

    @Test
    void theSchedulerAsksForAPurgeAtThePendingTime() throws Exception {
        Services services = withPendingSampleKey(Fixtures.NOW);
        deliver(new KeyDeletionScheduler(services), sample("key-deletion-scheduled"));
        assertThat(scheduled).containsExactly(
                "paycrypto-purge-111122223333-samplecvk0000001@2026-11-29T12:00:00Z:Key Purge Due");
    }

    @Test
    void theSchedulerLeavesARestoredKeyOrAnEarlierDeletionAlone() throws Exception {
        Services restored = withPendingSampleKey(Fixtures.NOW);
        restored.keyStore().updateKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID, KeyLifecycle::restore);
        deliver(new KeyDeletionScheduler(restored), sample("key-deletion-scheduled"));

        // restored, then deleted again with 10 days: the sample event is of the first deletion
        Services deletedAgain = withPendingSampleKey(Fixtures.NOW);
        deletedAgain.keyStore().updateKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID, key ->
                KeyLifecycle.scheduleDeletion(KeyLifecycle.restore(key), Fixtures.NOW, 10));
        deliver(new KeyDeletionScheduler(deletedAgain), sample("key-deletion-scheduled"));

        assertThat(scheduled).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void thePurgeDeletesADueKeyOnceAndUnassignsItsAlias() throws Exception {
        Services services = withPendingSampleKey(PENDING.plus(Duration.ofDays(1)));
        // pending deletion, the key keeps its resource policy; the purge takes it
        assertThat(services.keyStore().findResourcePolicy(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID))
                .contains(Fixtures.SAMPLE_POLICY);
        KeyPurgeWorker worker = new KeyPurgeWorker(services);
        deliver(worker, sample("key-purge-due"));
        deliver(worker, sample("key-purge-due"));

        assertThat(services.keyStore().findKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID)).isEmpty();
        assertThat(services.keyStore().findResourcePolicy(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID)).isEmpty();
        assertThat(services.keyStore().findAlias(Fixtures.ACCOUNT, Fixtures.SAMPLE_ALIAS).orElseThrow().keyArn())
                .isNull();
        assertThat(published).extracting(Event::detailType).containsExactly(DetailType.KEY_DELETED);
    }

    @Test
    void thePurgeLeavesARestoredKeyOrAnEarlierDeletionAloneQuietly() throws Exception {
        Services restored = withPendingSampleKey(PENDING.plus(Duration.ofDays(1)));
        restored.keyStore().updateKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID, KeyLifecycle::restore);
        deliver(new KeyPurgeWorker(restored), sample("key-purge-due"));
        assertThat(restored.keyStore().findKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID).orElseThrow().keyState())
                .isEqualTo(KeyState.CREATE_COMPLETE);
        assertThat(restored.keyStore().findResourcePolicy(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID))
                .contains(Fixtures.SAMPLE_POLICY);

        // restored and deleted again (3 days, so already due at this clock): the sample's schedule is stale
        Services deletedAgain = withPendingSampleKey(PENDING.plus(Duration.ofDays(1)));
        deletedAgain.keyStore().updateKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID, key ->
                KeyLifecycle.scheduleDeletion(KeyLifecycle.restore(key), Fixtures.NOW.plus(Duration.ofDays(1)), 3));
        List<Object> before = snapshot(deletedAgain);
        deliver(new KeyPurgeWorker(deletedAgain), sample("key-purge-due"));
        assertThat(snapshot(deletedAgain)).isEqualTo(before);

        assertThat(published).isEmpty();
    }

    @Test
    void aPurgeBeforeThePendingTimeIsRefused() throws Exception {
        Services early = withPendingSampleKey(PENDING.minusSeconds(1));
        assertRefused(new KeyPurgeWorker(early), sample("key-purge-due"), published,
                "is pending deletion until 2026-11-29T12:00:00Z, not yet due", early);
        assertThat(published).extracting(Event::detailType).containsExactly(DetailType.EVENT_REFUSED);
    }

    @Test
    void aReplicaIsNeitherScheduledNorPurgedOnItsOwn() throws Exception {
        Services services = withPendingSampleKey(PENDING.plus(Duration.ofDays(1)));
        services.keyStore().updateKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID,
                key -> key.toBuilder().replication(replicaOf(EUROPE)).build());
        assertRefused(new KeyPurgeWorker(services), sample("key-purge-due"), published,
                "is a replica of the primary in eu-west-1", services);
        assertRefused(new KeyDeletionScheduler(services), sample("key-deletion-scheduled"), published,
                "is a replica of the primary in eu-west-1", services);
        assertThat(scheduled).isEmpty();
    }

    @Test
    void aPrimaryTakesOnlyItsOwnReplicasWithIt() throws Exception {
        Services services = withPendingSampleKey(PENDING.plus(Duration.ofDays(1)));
        Services europe = WorkerFixtures.emptyRegion(EUROPE);
        Services oregon = WorkerFixtures.emptyRegion(OREGON);
        regions.putAll(Map.of(HOME, services, EUROPE, europe, OREGON, oregon));
        services.keyStore().updateKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID, key -> key.toBuilder()
                .replication(primaryWith(EUROPE, "SYNCHRONIZED", OREGON, "SYNCHRONIZED")).build());
        europe.keyStore().createKey(WorkerFixtures.sampleKeyIn(services, EUROPE, replicaOf(HOME)));
        // what us-west-2 holds under the id is a primary of its own: not this key's to take
        StoredKey foreign = WorkerFixtures.sampleKeyIn(services, OREGON,
                new KeyReplication(KeyReplication.Role.PRIMARY, OREGON, null, false));
        oregon.keyStore().createKey(foreign);

        deliver(new KeyPurgeWorker(services), sample("key-purge-due"));

        assertThat(services.keyStore().findKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID)).isEmpty();
        assertThat(europe.keyStore().findKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID)).isEmpty();
        assertThat(oregon.keyStore().findKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID)).contains(foreign);
        assertThat(published).extracting(Event::detailType).containsExactly(DetailType.KEY_DELETED);
    }

    @Test
    void theSweepAsksAgainForTheKeysAlreadyDue() throws Exception {
        deliver(new KeyPurgeSweeper(withPendingSampleKey(PENDING.minusSeconds(1))), sample("key-purge-sweep"));
        assertThat(published).isEmpty();
        deliver(new KeyPurgeSweeper(withPendingSampleKey(PENDING)), sample("key-purge-sweep"));
        assertThat(published).singleElement().satisfies(due -> {
            assertThat(due.detailType()).isEqualTo(DetailType.KEY_PURGE_DUE);
            assertThat(due.region()).isEqualTo(HOME);
            assertThat(due.detail().get("keyId").asText()).isEqualTo(Fixtures.SAMPLE_KEY_ID);
        });
    }

    @Test
    void theSweepOfAnotherRegionIsRefused() throws Exception {
        Services services = withPendingSampleKey(PENDING.plus(Duration.ofDays(1)));
        assertRefused(new KeyPurgeSweeper(services), WorkerFixtures.readdressed(sample("key-purge-sweep"), EUROPE,
                Fixtures.ACCOUNT), published, "The event is of Region eu-west-1, not of this worker's Region us-east-1",
                services);
        assertThat(published).extracting(Event::detailType).containsExactly(DetailType.EVENT_REFUSED);
    }

    @Test
    void aWorkerRefusesAnotherDetailType() throws Exception {
        Services services = withPendingSampleKey(PENDING.plus(Duration.ofDays(1)));
        assertRefused(new KeyPurgeWorker(services), sample("key-deletion-scheduled"), published,
                "KeyPurgeWorker takes [Key Purge Due] events, not Key Deletion Scheduled", services);
    }

    /** The seeded region, its sample key pending deletion (7 days from Fixtures.NOW), on a clock at {@code now}. */
    private Services withPendingSampleKey(Instant now) {
        Services seeded = Fixtures.seededRegion();
        seeded.keyStore().updateKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID,
                key -> KeyLifecycle.scheduleDeletion(key, Fixtures.NOW, 7));
        return WorkerFixtures.rewired(seeded, HOME, Clock.fixed(now, ZoneOffset.UTC), published::add,
                (name, at, event) -> scheduled.add(name + "@" + at + ":" + event.detailType().text()), regions);
    }
}
