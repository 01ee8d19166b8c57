package dev.paycrypto.functions.workers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycrypto.functions.Fixtures;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.keys.store.AliasRecord;
import dev.paycrypto.service.events.DetailType;
import dev.paycrypto.service.events.Event;
import dev.paycrypto.service.events.EventScheduler;
import dev.paycrypto.service.runtime.Services;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample Key Rotation Requested of {@code events/bus} replayed through the rotation worker, twice: one new
 * key of the same kind, the alias moved to it, the previous key untouched, one Key Rotated.
 */
class KeyRotationWorkerTest {

    @Test
    void rotatesTheAliasOnceHoweverOftenTheEventArrives() throws Exception {
        List<Event> published = new ArrayList<>();
        Services seeded = Fixtures.seededRegion();
        Services services = new Services(seeded.region(), seeded.keyStore(), seeded.sealer(), seeded.clock(),
                seeded.random(), seeded.metrics(), published::add, seeded.audit(), EventScheduler.NONE,
                seeded.regions());
        StoredKey before = keyOf(services, "alias/sample-dek");
        byte[] event = Files.readAllBytes(Path.of("../events/bus/key-rotation-requested.json"));
        KeyRotationWorker worker = new KeyRotationWorker(services);
        worker.handleRequest(new ByteArrayInputStream(event), new ByteArrayOutputStream(), null);
        worker.handleRequest(new ByteArrayInputStream(event), new ByteArrayOutputStream(), null);

        StoredKey after = keyOf(services, "alias/sample-dek");
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

    private static StoredKey keyOf(Services services, String alias) {
        AliasRecord record = services.keyStore().findAlias(Fixtures.ACCOUNT, alias).orElseThrow();
        String keyId = record.keyArn().substring(record.keyArn().lastIndexOf('/') + 1);
        return services.keyStore().findKey(Fixtures.ACCOUNT, keyId).orElseThrow();
    }
}
