package dev.paycrypto.functions.workers;

import static dev.paycrypto.functions.workers.WorkerFixtures.EUROPE;
import static dev.paycrypto.functions.workers.WorkerFixtures.HOME;
import static dev.paycrypto.functions.workers.WorkerFixtures.assertRefused;
import static dev.paycrypto.functions.workers.WorkerFixtures.deliver;
import static dev.paycrypto.functions.workers.WorkerFixtures.replicaOf;
import static dev.paycrypto.functions.workers.WorkerFixtures.sample;
import static dev.paycrypto.functions.workers.WorkerFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paycrypto.functions.Fixtures;
import dev.paycrypto.keys.KeyArns;
import dev.paycrypto.keys.KeyLifecycle;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.keys.store.AliasRecord;
import dev.paycrypto.app.events.DetailType;
import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.events.EventScheduler;
import dev.paycrypto.service.runtime.Services;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sample Key Rotation Requested of {@code events/bus} replayed through the rotation worker, twice: one new
 * key of the same kind, the alias moved to it, the previous key untouched, one Key Rotated. An event that names no
 * well-formed alias, or an alias whose key is outside the event's account and Region, a replica or pending deletion,
 * is refused and changes nothing.
 */
class KeyRotationWorkerTest {

    private static final String DEK_ALIAS = "alias/sample-dek";
    private static final String DEK_ID = "sampledek0000001";

    private final List<Event> published = new ArrayList<>();
    private final Services services = region();
    private final KeyRotationWorker worker = new KeyRotationWorker(services);

    @Test
    void rotatesTheAliasOnceHoweverOftenTheEventArrives() throws Exception {
        StoredKey before = keyOf(DEK_ALIAS);
        Event event = sample("key-rotation-requested");
        deliver(worker, event);
        deliver(worker, event);

        StoredKey after = keyOf(DEK_ALIAS);
        assertThat(after.keyArn()).isNotEqualTo(before.keyArn());
        assertThat(after.attributes()).isEqualTo(before.attributes());
        assertThat(after.exportable()).isEqualTo(before.exportable());
        assertThat(after.keyCheckValue()).isNotEqualTo(before.keyCheckValue());
        assertThat(services.keyStore().findKey(Fixtures.ACCOUNT, before.keyId()).orElseThrow()).isEqualTo(before);
        assertThat(services.keyStore().listKeys(Fixtures.ACCOUNT, null, 100, null).items())
                .filteredOn(key -> key.attributes().equals(before.attributes())).hasSize(2);
        assertThat(published).singleElement().satisfies(rotated -> {
            assertThat(rotated.detailType()).isEqualTo(DetailType.KEY_ROTATED);
            assertThat(rotated.detail().get("previousKeyArn").asText()).isEqualTo(before.keyArn());
            assertThat(rotated.detail().get("keyArn").asText()).isEqualTo(after.keyArn());
        });
    }

    @Test
    void refusesAnAliasThatNamesAKeyOutsideTheEventsAccountOrRegion() throws Exception {
        for (String elsewhere : List.of(KeyArns.keyArn(EUROPE, Fixtures.ACCOUNT, DEK_ID),
                KeyArns.keyArn(HOME, "444455556666", DEK_ID))) {
            AliasRecord alias = services.keyStore().findAlias(Fixtures.ACCOUNT, DEK_ALIAS).orElseThrow();
            services.keyStore().replaceAlias(alias.withKeyArn(elsewhere));
            assertRefused(worker, rotationOf(DEK_ALIAS), published, "names " + elsewhere
                    + ", not a key of account 111122223333 in us-east-1", services);
        }
    }

    @Test
    void refusesToRotateAKeyPendingDeletionOrAReplica() throws Exception {
        services.keyStore().updateKey(Fixtures.ACCOUNT, DEK_ID, key ->
                KeyLifecycle.scheduleDeletion(key, Fixtures.NOW, 7));
        assertRefused(worker, rotationOf(DEK_ALIAS), published, "which is pending deletion", services);

        services.keyStore().updateKey(Fixtures.ACCOUNT, DEK_ID, key ->
                KeyLifecycle.restore(key).toBuilder().replication(replicaOf(EUROPE)).build());
        assertRefused(worker, rotationOf(DEK_ALIAS), published, "is a replica of the primary in eu-west-1", services);
    }

    @Test
    void refusesAnEventWithoutAWellFormedAliasName() throws Exception {
        for (String detail : List.of("{}", "{\"aliasName\":\"sample-dek\"}", "{\"aliasName\":\"alias/a b\"}",
                "{\"aliasName\":7}")) {
            assertRefused(worker, WorkerFixtures.event(DetailType.KEY_ROTATION_REQUESTED, HOME, detail), published,
                    "names its aliasName (alias/...)", services);
        }
        assertThat(published).extracting(Event::detailType).containsOnly(DetailType.EVENT_REFUSED).hasSize(4);
    }

    @Test
    void skipsAnAliasThatNamesNoKey() throws Exception {
        services.keyStore().createAlias(new AliasRecord(Fixtures.ACCOUNT, "alias/empty", null, 1));
        List<Object> before = snapshot(services);
        deliver(worker, rotationOf("alias/empty"));
        assertThat(snapshot(services)).isEqualTo(before);
        assertThat(published).isEmpty();
    }

    private Services region() {
        Services seeded = Fixtures.seededRegion();
        return WorkerFixtures.rewired(seeded, HOME, seeded.clock(), published::add, EventScheduler.NONE, Map.of());
    }

    private static Event rotationOf(String aliasName) {
        return WorkerFixtures.event(DetailType.KEY_ROTATION_REQUESTED, HOME, "{\"aliasName\":\"" + aliasName + "\"}");
    }

    private StoredKey keyOf(String alias) {
        AliasRecord record = services.keyStore().findAlias(Fixtures.ACCOUNT, alias).orElseThrow();
        String keyId = record.keyArn().substring(record.keyArn().lastIndexOf('/') + 1);
        return services.keyStore().findKey(Fixtures.ACCOUNT, keyId).orElseThrow();
    }
}
