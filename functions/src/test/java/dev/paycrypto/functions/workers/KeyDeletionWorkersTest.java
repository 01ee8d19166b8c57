package dev.paycrypto.functions.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paycrypto.functions.Fixtures;
import dev.paycrypto.keys.KeyLifecycle;
import dev.paycrypto.keys.KeyState;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.service.events.DetailType;
import dev.paycrypto.service.events.Event;
import dev.paycrypto.service.runtime.Services;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scheduled-deletion workers, each replaying its sample event of {@code events/bus}: the scheduler asks for a
 * Key Purge Due at the pending time; the purge deletes a key still pending and due, unassigns its alias and says
 * so once, however often the event arrives; a restored key, or one not yet due, stays; the sweep asks again for
 * every key already due.
 */
class KeyDeletionWorkersTest {

    private final List<Event> published = new ArrayList<>();
    private final List<String> scheduled = new ArrayList<>();

    @Test
    void theSchedulerAsksForAPurgeAtThePendingTime() throws Exception {
        Services services = withPendingSampleKey(Fixtures.NOW);
        replay(new KeyDeletionScheduler(services), "key-deletion-scheduled");
        assertThat(scheduled).containsExactly(
                "paycrypto-purge-111122223333-samplecvk0000001@2026-11-29T12:00:00Z:Key Purge Due");
    }

    @Test
    void thePurgeDeletesADueKeyOnceAndUnassignsItsAlias() throws Exception {
        Services services = withPendingSampleKey(Fixtures.NOW.plus(Duration.ofDays(8)));
        KeyPurgeWorker worker = new KeyPurgeWorker(services);
        replay(worker, "key-purge-due");
        replay(worker, "key-purge-due");

        assertThat(services.keyStore().findKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID)).isEmpty();
        assertThat(services.keyStore().findAlias(Fixtures.ACCOUNT, Fixtures.SAMPLE_ALIAS).orElseThrow().keyArn())
                .isNull();
        assertThat(published).extracting(Event::detailType).containsExactly(DetailType.KEY_DELETED);
    }

    @Test
    void aKeyNotDueOrRestoredStays() throws Exception {
        Services early = withPendingSampleKey(Fixtures.NOW.plus(Duration.ofDays(6)));
        replay(new KeyPurgeWorker(early), "key-purge-due");
        assertThat(early.keyStore().findKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID)).isPresent();

        Services restored = withPendingSampleKey(Fixtures.NOW.plus(Duration.ofDays(8)));
        StoredKey pending = restored.keyStore().findKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID).orElseThrow();
        restored.keyStore().replaceKey(KeyLifecycle.restore(pending).toBuilder().version(pending.version() + 1)
                .build());
        replay(new KeyPurgeWorker(restored), "key-purge-due");
        assertThat(restored.keyStore().findKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID).orElseThrow().keyState())
                .isEqualTo(KeyState.CREATE_COMPLETE);
        assertThat(published).isEmpty();
    }

    @Test
    void theSweepAsksAgainForTheKeysAlreadyDue() throws Exception {
        replay(new KeyPurgeSweeper(withPendingSampleKey(Fixtures.NOW.plus(Duration.ofDays(6)))), "key-purge-sweep");
        assertThat(published).isEmpty();
        replay(new KeyPurgeSweeper(withPendingSampleKey(Fixtures.NOW.plus(Duration.ofDays(8)))), "key-purge-sweep");
        assertThat(published).singleElement().satisfies(due -> {
            assertThat(due.detailType()).isEqualTo(DetailType.KEY_PURGE_DUE);
            assertThat(due.detail().get("keyId").asText()).isEqualTo(Fixtures.SAMPLE_KEY_ID);
        });
    }

    @Test
    void aWorkerRefusesAnotherDetailType() {
        Services services = withPendingSampleKey(Fixtures.NOW);
        assertThatThrownBy(() -> replay(new KeyPurgeWorker(services), "key-deletion-scheduled"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Key Purge Due");
    }

    /** The seeded region, its sample key pending deletion (7 days from Fixtures.NOW), on a clock at {@code now}. */
    private Services withPendingSampleKey(Instant now) {
        Services seeded = Fixtures.seededRegion();
        StoredKey key = seeded.keyStore().findKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID).orElseThrow();
        seeded.keyStore().replaceKey(KeyLifecycle.scheduleDeletion(key, Fixtures.NOW, 7).toBuilder()
                .version(key.version() + 1).build());
        return new Services(seeded.region(), seeded.keyStore(), seeded.sealer(), Clock.fixed(now, ZoneOffset.UTC),
                seeded.random(), seeded.metrics(), published::add, seeded.audit(),
                (name, at, event) -> scheduled.add(name + "@" + at + ":" + event.detailType().text()),
                seeded.regions());
    }

    private static void replay(EventWorker worker, String sample) throws IOException {
        byte[] event = Files.readAllBytes(Path.of("../events/bus/" + sample + ".json"));
        worker.handleRequest(new ByteArrayInputStream(event), new ByteArrayOutputStream(), null);
    }
}
