package dev.paycrypto.functions.workers;

import static dev.paycrypto.functions.workers.WorkerFixtures.EUROPE;
import static dev.paycrypto.functions.workers.WorkerFixtures.HOME;
import static dev.paycrypto.functions.workers.WorkerFixtures.OREGON;
import static dev.paycrypto.functions.workers.WorkerFixtures.assertRefused;
import static dev.paycrypto.functions.workers.WorkerFixtures.deliver;
import static dev.paycrypto.functions.workers.WorkerFixtures.primaryWith;
import static dev.paycrypto.functions.workers.WorkerFixtures.replicaOf;
import static dev.paycrypto.functions.workers.WorkerFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.functions.Fixtures;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyReplication;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.app.events.DetailType;
import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.events.EventScheduler;
import dev.paycrypto.service.runtime.Services;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The replication worker on real stores in three Regions, which reach each other (and themselves, as the local
 * runtime's do). The sample Key Replication Requested of {@code events/bus}, replayed twice: one replica in the other
 * Region's store, sealed under that Region's own storage key, and the primary SYNCHRONIZED. An event the primary's
 * stored state did not ask for, or that would touch a key that is not this primary's replica, is refused before
 * anything changes in any Region, and its refusal published.
 */
class KeyReplicationWorkerTest {

    private final List<Event> published = new ArrayList<>();
    private final Map<String, Services> regions = new HashMap<>();
    private final Services europe = WorkerFixtures.emptyRegion(EUROPE);
    private final Services oregon = WorkerFixtures.emptyRegion(OREGON);
    private Services home;
    private KeyReplicationWorker worker;

    @BeforeEach
    void threeRegions() {
        Services seeded = Fixtures.seededRegion();
        home = WorkerFixtures.rewired(seeded, HOME, seeded.clock(), published::add, EventScheduler.NONE, regions);
        regions.putAll(Map.of(HOME, home, EUROPE, europe, OREGON, oregon));
        worker = new KeyReplicationWorker(home);
    }

    @Test
    void writesOneReplicaUnderTheOtherRegionsStorageKey() throws Exception {
        setPrimaryState(primaryWith(EUROPE, "IN_PROGRESS"));
        Event event = sample("key-replication-requested");
        deliver(worker, event);
        deliver(worker, event);

        StoredKey primary = primary();
        StoredKey replica = europe.keyStore().findKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID).orElseThrow();
        assertThat(primary.replication().regions().get(EUROPE).status()).isEqualTo(KeyReplication.State.SYNCHRONIZED);
        assertThat(replica.replication().role()).isEqualTo(KeyReplication.Role.REPLICA);
        assertThat(replica.keyArn()).contains(":eu-west-1:");
        assertThat(replica.keyBlock()).isNotEqualTo(primary.keyBlock());
        // the same key under both Regions' storage keys (the sample CVK of the fixtures)
        SecretBytes opened = ((KeyMaterial.SymmetricKey) europe.sealer().open(replica)).key();
        assertThat(opened).isEqualTo(SecretBytes.fromHex(Fixtures.SAMPLE_CVK));
        assertThat(replica.version()).isEqualTo(2);
        assertThat(published).isEmpty();
    }

    @Test
    void removesTheReplicaAskedForOnceHoweverOftenTheEventArrives() throws Exception {
        replicateToEurope();
        setPrimaryState(primaryWith(EUROPE, "DELETE_IN_PROGRESS"));
        Event removal = replication("[]", "[\"eu-west-1\"]");
        deliver(worker, removal);
        deliver(worker, removal);

        assertThat(europe.keyStore().findKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID)).isEmpty();
        assertThat(primary().replication()).isNull();
        assertThat(published).isEmpty();
    }

    @Test
    void refusesAForgedRemovalOfThePrimarysOwnRegion() throws Exception {
        replicateToEurope();
        assertRefusedChangingNothing(replication("[]", "[\"us-east-1\"]"), "own Region us-east-1");
        assertThat(primary().replication().role()).isEqualTo(KeyReplication.Role.PRIMARY);
    }

    @Test
    void refusesToRemoveAKeyThatIsAPrimaryOfItsOwnInTheOtherRegion() throws Exception {
        // the primary did ask for its replica in eu-west-1 to go, but what eu-west-1 holds under the id is no replica
        setPrimaryState(primaryWith(EUROPE, "DELETE_IN_PROGRESS"));
        europe.keyStore().createKey(WorkerFixtures.sampleKeyIn(home, EUROPE,
                new KeyReplication(KeyReplication.Role.PRIMARY, EUROPE, null, false)));
        assertRefusedChangingNothing(replication("[]", "[\"eu-west-1\"]"),
                "is not a replica of the primary in us-east-1 (it is a PRIMARY of eu-west-1)");
    }

    @Test
    void refusesToRemoveAReplicaItsPrimaryDidNotAskToRemove() throws Exception {
        replicateToEurope();
        assertRefusedChangingNothing(replication("[]", "[\"eu-west-1\"]"),
                "has no removal of its replica in eu-west-1 asked for (it is SYNCHRONIZED)");
    }

    @Test
    void refusesToAddARegionItsPrimaryDidNotAskFor() throws Exception {
        assertRefusedChangingNothing(replication("[\"eu-west-1\"]", "[]"), "has no replication to eu-west-1");

        setPrimaryState(primaryWith(OREGON, "IN_PROGRESS"));
        assertRefusedChangingNothing(replication("[\"eu-west-1\"]", "[]"), "has no replication to eu-west-1");
    }

    @Test
    void refusesToOverwriteAReplicaOfAnotherRegionsKey() throws Exception {
        setPrimaryState(primaryWith(EUROPE, "IN_PROGRESS"));
        europe.keyStore().createKey(WorkerFixtures.sampleKeyIn(home, EUROPE, replicaOf(OREGON)));
        assertRefusedChangingNothing(sample("key-replication-requested"), "(it is a REPLICA of us-west-2)");
    }

    @Test
    void checksEveryRegionBeforeWritingInAny() throws Exception {
        // eu-west-1 may be added; us-west-2 was asked to go, but holds a primary of its own: nothing at all is done
        setPrimaryState(primaryWith(EUROPE, "IN_PROGRESS", OREGON, "DELETE_IN_PROGRESS"));
        oregon.keyStore().createKey(WorkerFixtures.sampleKeyIn(home, OREGON,
                new KeyReplication(KeyReplication.Role.PRIMARY, OREGON, null, false)));
        assertRefusedChangingNothing(replication("[\"eu-west-1\"]", "[\"us-west-2\"]"),
                "(it is a PRIMARY of us-west-2)");

        assertThat(europe.keyStore().findKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID)).isEmpty();
    }

    @Test
    void refusesAnEventThatNamesAReplicaOrNoKey() throws Exception {
        // in eu-west-1, the replica there is named as if it were a primary
        replicateToEurope();
        List<Event> publishedInEurope = new ArrayList<>();
        Services europeWorkerRegion = WorkerFixtures.rewired(europe, EUROPE, europe.clock(), publishedInEurope::add,
                EventScheduler.NONE, regions);
        assertRefused(new KeyReplicationWorker(europeWorkerRegion), WorkerFixtures.readdressed(
                replication("[]", "[\"us-east-1\"]"), EUROPE, Fixtures.ACCOUNT), publishedInEurope,
                "is a replica of the primary in us-east-1", home, europe, oregon);

        assertRefusedChangingNothing(WorkerFixtures.event(DetailType.KEY_REPLICATION_REQUESTED, HOME,
                "{\"keyId\":\"nosuchkey0000001\",\"addRegions\":[],\"removeRegions\":[\"eu-west-1\"]}"),
                "does not exist");
    }

    /**
     * User Guide, "Disabling Multi-Region key replication": StopKeyUsage on a primary stops "the usage of both the
     * PRK and all associated RRKs"; its key metadata, enablement included, reaches the replicas. Stop and start on
     * the primary each ask the worker to rewrite its replicas from the primary's stored state.
     */
    @Test
    void stoppingAndStartingThePrimarysUsageReachesItsReplica() throws Exception {
        replicateToEurope();
        assertThat(europe.keyStore().findKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID).orElseThrow().enabled()).isTrue();
        dev.paycrypto.app.CallContext context = new dev.paycrypto.app.CallContext(Fixtures.ACCOUNT, HOME,
                home.clock().instant(), "test");

        home.useCases().keyManagement().stopUsage(
                new dev.paycrypto.api.control.StopKeyUsageInput(Fixtures.SAMPLE_KEY_ARN), context);
        assertThat(published).extracting(Event::detailType).containsExactly(DetailType.KEY_REPLICATION_REQUESTED);
        deliver(worker, published.remove(0));
        StoredKey stopped = europe.keyStore().findKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID).orElseThrow();
        assertThat(stopped.enabled()).isFalse();
        assertThat(stopped.replication().role()).isEqualTo(KeyReplication.Role.REPLICA);
        assertThat(primary().replication().regions().get(EUROPE).status()).isEqualTo(KeyReplication.State.SYNCHRONIZED);

        home.useCases().keyManagement().startUsage(
                new dev.paycrypto.api.control.StartKeyUsageInput(Fixtures.SAMPLE_KEY_ARN), context);
        assertThat(published).hasSize(1);
        deliver(worker, published.remove(0));
        assertThat(europe.keyStore().findKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID).orElseThrow().enabled()).isTrue();
        assertThat(published).isEmpty();
    }

    /** The home worker refuses {@code event}, and no Region's store changes. */
    private void assertRefusedChangingNothing(Event event, String reason) {
        assertRefused(worker, event, published, reason, home, europe, oregon);
    }

    /** The sample replication, carried out: a replica in eu-west-1, SYNCHRONIZED on the primary. */
    private void replicateToEurope() throws Exception {
        setPrimaryState(primaryWith(EUROPE, "IN_PROGRESS"));
        deliver(worker, sample("key-replication-requested"));
        assertThat(primary().replication().regions().get(EUROPE).status()).isEqualTo(KeyReplication.State.SYNCHRONIZED);
        assertThat(europe.keyStore().findKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID)).isPresent();
    }

    private void setPrimaryState(KeyReplication replication) {
        home.keyStore().updateKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID,
                key -> key.toBuilder().replication(replication).build());
    }

    private StoredKey primary() {
        return home.keyStore().findKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID).orElseThrow();
    }

    /** A Key Replication Requested of us-east-1 for the sample key (the Regions as JSON arrays). */
    private static Event replication(String addRegions, String removeRegions) {
        return WorkerFixtures.event(DetailType.KEY_REPLICATION_REQUESTED, HOME, "{\"keyArn\":\""
                + Fixtures.SAMPLE_KEY_ARN + "\",\"keyId\":\"" + Fixtures.SAMPLE_KEY_ID + "\",\"keyState\":"
                + "\"CREATE_COMPLETE\",\"addRegions\":" + addRegions + ",\"removeRegions\":" + removeRegions + "}");
    }
}
