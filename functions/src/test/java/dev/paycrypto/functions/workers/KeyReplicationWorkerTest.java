package dev.paycrypto.functions.workers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.functions.Fixtures;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyReplication;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.service.runtime.Services;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The sample Key Replication Requested of {@code events/bus} replayed through the replication worker, twice: one
 * replica in the other Region's store, sealed under that Region's own storage key, and the primary SYNCHRONIZED.
 */
class KeyReplicationWorkerTest {

    @Test
    void writesOneReplicaUnderTheOtherRegionsStorageKey() throws Exception {
        Services europe = Fixtures.region();
        Services seeded = Fixtures.seededRegion();
        Services home = new Services(seeded.region(), seeded.keyStore(), seeded.sealer(), seeded.clock(),
                seeded.random(), seeded.metrics(), seeded.events(), seeded.audit(), seeded.scheduler(),
                region -> "eu-west-1".equals(region) ? Optional.of(europe) : Optional.empty());
        home.keyStore().updateKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID, key -> key.toBuilder().replication(
                new KeyReplication(KeyReplication.Role.PRIMARY, "us-east-1", null, false).withRegion("eu-west-1",
                        new KeyReplication.RegionStatus("IN_PROGRESS", null))).build());
        byte[] event = Files.readAllBytes(Path.of("../events/bus/key-replication-requested.json"));
        KeyReplicationWorker worker = new KeyReplicationWorker(home);
        worker.handleRequest(new ByteArrayInputStream(event), new ByteArrayOutputStream(), null);
        worker.handleRequest(new ByteArrayInputStream(event), new ByteArrayOutputStream(), null);

        StoredKey primary = home.keyStore().findKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID).orElseThrow();
        StoredKey replica = europe.keyStore().findKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID).orElseThrow();
        assertThat(primary.replication().regions().get("eu-west-1").status()).isEqualTo("SYNCHRONIZED");
        assertThat(replica.replication().role()).isEqualTo(KeyReplication.Role.REPLICA);
        assertThat(replica.keyArn()).contains(":eu-west-1:");
        assertThat(replica.keyBlock()).isNotEqualTo(primary.keyBlock());
        // the same key under both Regions' storage keys (the sample CVK of the fixtures)
        SecretBytes opened = ((KeyMaterial.SymmetricKey) europe.sealer().open(replica)).key();
        assertThat(opened).isEqualTo(SecretBytes.fromHex(Fixtures.SAMPLE_CVK));
        assertThat(replica.version()).isEqualTo(2);
    }
}
