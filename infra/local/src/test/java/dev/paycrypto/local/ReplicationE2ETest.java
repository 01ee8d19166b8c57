package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.paymentcryptography.PaymentCryptographyClient;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyClass;
import software.amazon.awssdk.services.paymentcryptography.model.KeyReplicationState;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptography.model.MultiRegionKeyType;
import software.amazon.awssdk.services.paymentcryptography.model.ResourceNotFoundException;
import software.amazon.awssdk.services.paymentcryptography.model.ValidationException;
import software.amazon.awssdk.services.paymentcryptographydata.model.EncryptionMode;

/**
 * Multi-Region keys through the SDK, with real Regions: a key of us-east-1 replicated to eu-west-1 is usable by a
 * client of eu-west-1 (what it encrypts there, the primary decrypts), read-only there, and gone from it when the
 * Region is removed; keys that cannot be replicated are refused.
 */
class ReplicationE2ETest extends LocalServiceTest {

    private static final String PLAIN = "6BC1BEE22E409F96E93D7E117393172A";

    @Test
    void replicasInTwoRegionsAreUsableThereAndGoWhenTheirRegionIsRemoved() {
        Key primary = createDataKey();
        Key added = control.addKeyReplicationRegions(r -> r.keyIdentifier(primary.keyArn())
                .replicationRegions("eu-west-1", "us-west-2")).key();
        assertThat(added.multiRegionKeyType()).isEqualTo(MultiRegionKeyType.PRIMARY);
        service.settle();
        Key synced = control.getKey(r -> r.keyIdentifier(primary.keyArn())).key();
        assertThat(synced.primaryRegion()).isEqualTo("us-east-1");
        for (Region region : new Region[] {Region.EU_WEST_1, Region.US_WEST_2}) {
            assertThat(synced.replicationStatus().get(region.id()).status())
                    .isEqualTo(KeyReplicationState.SYNCHRONIZED);
            String replicaArn = primary.keyArn().replace(":us-east-1:", ":" + region.id() + ":");
            PaymentCryptographyClient there = service.control(region);
            Key replica = there.getKey(r -> r.keyIdentifier(replicaArn)).key();
            assertThat(replica.multiRegionKeyType()).isEqualTo(MultiRegionKeyType.REPLICA);
            assertThat(replica.primaryRegion()).isEqualTo("us-east-1");
            assertThat(replica.keyCheckValue()).isEqualTo(primary.keyCheckValue());
            // what the replica encrypts there, the primary decrypts here
            String cipherText = service.data(region).encryptData(r -> r.keyIdentifier(replicaArn).plainText(PLAIN)
                    .encryptionAttributes(a -> a.symmetric(s -> s.mode(EncryptionMode.ECB)))).cipherText();
            assertThat(data.decryptData(r -> r.keyIdentifier(primary.keyArn()).cipherText(cipherText)
                    .decryptionAttributes(a -> a.symmetric(s -> s.mode(EncryptionMode.ECB)))).plainText())
                    .isEqualTo(PLAIN);
            // read-only where it is a replica
            assertThatThrownBy(() -> there.deleteKey(r -> r.keyIdentifier(replicaArn)))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("replica");
        }

        control.removeKeyReplicationRegions(r -> r.keyIdentifier(primary.keyArn()).replicationRegions("eu-west-1"));
        service.settle();
        PaymentCryptographyClient europe = service.control(Region.EU_WEST_1);
        assertThatThrownBy(() -> europe.getKey(r -> r.keyIdentifier(primary.keyArn()
                .replace(":us-east-1:", ":eu-west-1:")))).isInstanceOf(ResourceNotFoundException.class);
        assertThat(control.getKey(r -> r.keyIdentifier(primary.keyArn())).key().replicationStatus())
                .containsOnlyKeys("us-west-2");
        control.removeKeyReplicationRegions(r -> r.keyIdentifier(primary.keyArn()).replicationRegions("us-west-2"));
        service.settle();
        assertThat(control.getKey(r -> r.keyIdentifier(primary.keyArn())).key().multiRegionKeyType()).isNull();
    }

    @Test
    void purgingThePrimaryRemovesItsReplicas() {
        Key primary = createDataKey();
        control.addKeyReplicationRegions(r -> r.keyIdentifier(primary.keyArn()).replicationRegions("us-west-2"));
        service.settle();
        String replicaArn = primary.keyArn().replace(":us-east-1:", ":us-west-2:");
        PaymentCryptographyClient west = service.control(Region.US_WEST_2);
        assertThat(west.getKey(r -> r.keyIdentifier(replicaArn)).key().multiRegionKeyType())
                .isEqualTo(MultiRegionKeyType.REPLICA);

        control.deleteKey(r -> r.keyIdentifier(primary.keyArn()).deleteKeyInDays(3));
        service.advance(Duration.ofDays(3).plusMinutes(1));
        service.runDueSchedules();
        assertThatThrownBy(() -> control.getKey(r -> r.keyIdentifier(primary.keyArn())))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> west.getKey(r -> r.keyIdentifier(replicaArn)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    /**
     * User Guide, "Disabling Multi-Region key replication": StopKeyUsage on the primary stops "the usage of both the
     * PRK and all associated RRKs"; StartKeyUsage gives it back to both.
     */
    @Test
    void stoppingThePrimarysUsageStopsItsReplicaAndStartingItStartsIt() {
        Key primary = createDataKey();
        control.addKeyReplicationRegions(r -> r.keyIdentifier(primary.keyArn()).replicationRegions("eu-west-1"));
        service.settle();
        String replicaArn = primary.keyArn().replace(":us-east-1:", ":eu-west-1:");
        PaymentCryptographyClient europe = service.control(Region.EU_WEST_1);
        assertThat(encryptIn(Region.EU_WEST_1, replicaArn)).isNotBlank();

        control.stopKeyUsage(r -> r.keyIdentifier(primary.keyArn()));
        service.settle();
        assertThat(europe.getKey(r -> r.keyIdentifier(replicaArn)).key().enabled()).isFalse();
        assertThatThrownBy(() -> encryptIn(Region.EU_WEST_1, replicaArn))
                .isInstanceOf(software.amazon.awssdk.services.paymentcryptographydata.model.ValidationException.class);
        assertThat(control.getKey(r -> r.keyIdentifier(primary.keyArn())).key().replicationStatus().get("eu-west-1")
                .status()).isEqualTo(KeyReplicationState.SYNCHRONIZED);
        // the replica is still read-only: its usage changes only through the primary
        assertThatThrownBy(() -> europe.startKeyUsage(r -> r.keyIdentifier(replicaArn)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("replica");

        control.startKeyUsage(r -> r.keyIdentifier(primary.keyArn()));
        service.settle();
        assertThat(europe.getKey(r -> r.keyIdentifier(replicaArn)).key().enabled()).isTrue();
        assertThat(encryptIn(Region.EU_WEST_1, replicaArn)).isNotBlank();
    }

    private static String encryptIn(Region region, String keyArn) {
        return service.data(region).encryptData(r -> r.keyIdentifier(keyArn).plainText(PLAIN)
                .encryptionAttributes(a -> a.symmetric(s -> s.mode(EncryptionMode.ECB)))).cipherText();
    }

    @Test
    void newSymmetricKeysFollowTheAccountsDefaultsOrTheirOwnRegions() {
        assertThat(control.getDefaultKeyReplicationRegions(r -> { }).enabledReplicationRegions()).isEmpty();
        assertThat(control.enableDefaultKeyReplicationRegions(r -> r.replicationRegions("eu-west-1", "us-west-2"))
                .enabledReplicationRegions()).containsExactly("eu-west-1", "us-west-2");
        assertThat(control.disableDefaultKeyReplicationRegions(r -> r.replicationRegions("us-west-2"))
                .enabledReplicationRegions()).containsExactly("eu-west-1");
        try {
            Key created = createDataKey();
            service.settle();
            Key byDefault = control.getKey(r -> r.keyIdentifier(created.keyArn())).key();
            assertThat(byDefault.usingDefaultReplicationRegions()).isTrue();
            assertThat(byDefault.replicationStatus()).containsOnlyKeys("eu-west-1");
            assertThat(byDefault.replicationStatus().get("eu-west-1").status())
                    .isEqualTo(KeyReplicationState.SYNCHRONIZED);
            // an asymmetric key is not replicated by default
            Key rsa = control.createKey(r -> r.exportable(true).keyAttributes(a -> a.keyAlgorithm(KeyAlgorithm.RSA_2048)
                    .keyUsage(KeyUsage.TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION).keyClass(KeyClass.ASYMMETRIC_KEY_PAIR)
                    .keyModesOfUse(m -> m.encrypt(true).decrypt(true).wrap(true).unwrap(true)))).key();
            assertThat(rsa.multiRegionKeyType()).isNull();
            // Regions named at creation win over the defaults
            Key named = control.createKey(r -> r.exportable(true).replicationRegions("us-west-2")
                    .keyAttributes(a -> a.keyAlgorithm(KeyAlgorithm.AES_128)
                            .keyUsage(KeyUsage.TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY).keyClass(KeyClass.SYMMETRIC_KEY)
                            .keyModesOfUse(m -> m.encrypt(true).decrypt(true).wrap(true).unwrap(true)))).key();
            Key namedNow = control.getKey(r -> r.keyIdentifier(named.keyArn())).key();
            assertThat(namedNow.usingDefaultReplicationRegions()).isFalse();
            assertThat(namedNow.replicationStatus()).containsOnlyKeys("us-west-2");
        } finally {
            control.disableDefaultKeyReplicationRegions(r -> r.replicationRegions("eu-west-1"));
        }
    }

    @Test
    void aRegionNotServedIsRecordedAsFailed() {
        Key primary = createDataKey();
        control.addKeyReplicationRegions(r -> r.keyIdentifier(primary.keyArn()).replicationRegions("ap-south-1"));
        service.settle();
        Key key = control.getKey(r -> r.keyIdentifier(primary.keyArn())).key();
        assertThat(key.replicationStatus().get("ap-south-1").status()).isEqualTo(KeyReplicationState.FAILED);
        assertThat(key.replicationStatus().get("ap-south-1").statusMessage()).contains("not reachable");
    }

    @Test
    void refusesWhatCannotBeReplicated() {
        Key primary = createDataKey();
        assertThatThrownBy(() -> control.addKeyReplicationRegions(r -> r.keyIdentifier(primary.keyArn())
                .replicationRegions("us-east-1"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("own Region");
        Key rsa = control.createKey(r -> r.exportable(true).keyAttributes(a -> a.keyAlgorithm(KeyAlgorithm.RSA_2048)
                .keyUsage(KeyUsage.TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION).keyClass(KeyClass.ASYMMETRIC_KEY_PAIR)
                .keyModesOfUse(m -> m.encrypt(true).decrypt(true).wrap(true).unwrap(true)))).key();
        assertThatThrownBy(() -> control.addKeyReplicationRegions(r -> r.keyIdentifier(rsa.keyArn())
                .replicationRegions("eu-west-1"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("symmetric");
        assertThatThrownBy(() -> control.removeKeyReplicationRegions(r -> r.keyIdentifier(primary.keyArn())
                .replicationRegions("eu-west-1"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("not replicated");
    }

    private static Key createDataKey() {
        return control.createKey(r -> r.exportable(true).keyAttributes(a -> a.keyAlgorithm(KeyAlgorithm.AES_128)
                .keyUsage(KeyUsage.TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY).keyClass(KeyClass.SYMMETRIC_KEY)
                .keyModesOfUse(m -> m.encrypt(true).decrypt(true).wrap(true).unwrap(true)))).key();
    }
}
