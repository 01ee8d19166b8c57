package dev.paycrypto.service.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.keys.KeyUsage;
import dev.paycrypto.aws.MotoServer;
import dev.paycrypto.aws.DynamoDbKeyStore;
import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * The deployed reach into another Region, for replication: REPLICA_REGIONS parsed, and a Region named there served
 * by its own key table (DynamoDB Local) and its own KMS key (moto_server): keys are sealed there under that
 * Region's own storage key.
 */
class DeployedRegionsIT {

    private static MotoServer moto;
    private static AmazonDynamoDBLocal dynamo;

    @BeforeAll
    static void start() throws Exception {
        moto = MotoServer.start();
        dynamo = DynamoDBEmbedded.create();
        DynamoDbKeyStore.createTable(dynamo.dynamoDbClient(), "paycrypto-KeyTable-EU");
    }

    @AfterAll
    static void stop() {
        if (moto != null) {
            moto.close();
        }
        if (dynamo != null) {
            dynamo.shutdownNow();
        }
    }

    @Test
    void parsesTheConfigurationAndRefusesAMalformedOne() {
        assertThat(DeployedRegions.parse("")).isEmpty();
        assertThat(DeployedRegions.parse(null)).isEmpty();
        assertThat(DeployedRegions.parse("eu-west-1|t1|k1, us-west-2|t2|arn:aws:kms:us-west-2:1:key/k2"))
                .containsEntry("eu-west-1", new DeployedRegions.Target("t1", "k1"))
                .containsEntry("us-west-2", new DeployedRegions.Target("t2", "arn:aws:kms:us-west-2:1:key/k2"));
        assertThatThrownBy(() -> DeployedRegions.parse("eu-west-1|t1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("region|table|kmsKeyId");
    }

    @Test
    void reachesANamedRegionThroughItsOwnTableAndKmsKey() {
        KmsClient kms = moto.client(KmsClient.builder(), Region.EU_WEST_1);
        String kmsKey = kms.createKey(r -> r.description("eu-west-1 storage")).keyMetadata().keyId();
        DeployedRegions regions = new DeployedRegions(Map.of("eu-west-1",
                new DeployedRegions.Target("paycrypto-KeyTable-EU", kmsKey)), new DeployedRegions.Clients() {
                    @Override
                    public DynamoDbClient dynamo(String region) {
                        return dynamo.dynamoDbClient();
                    }

                    @Override
                    public KmsClient kms(String region) {
                        return kms;
                    }
                }, new SecureRandom());

        assertThat(regions.of("ap-south-1")).isEmpty();
        Services europe = regions.of("eu-west-1").orElseThrow();
        assertThat(regions.of("eu-west-1").orElseThrow()).isSameAs(europe);
        assertThat(europe.region()).isEqualTo("eu-west-1");
        KeyAttributes attributes = new KeyAttributes(KeyUsage.TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY,
                KeyClass.SYMMETRIC_KEY, KeyAlgorithm.AES_128, KeyModesOfUse.ENCRYPT_DECRYPT_WRAP_UNWRAP);
        String block = europe.sealer().seal("111122223333", "abcdefghijklmnop", attributes, true,
                new KeyMaterial.SymmetricKey(SecretBytes.fromHex("2B7E151628AED2A6ABF7158809CF4F3C")));
        assertThat(block).startsWith("D");
        // the Region's storage key is KMS-protected in that Region's own table, beside its check value
        assertThat(dynamo.dynamoDbClient().scan(r -> r.tableName("paycrypto-KeyTable-EU")).items().stream()
                .map(item -> item.get("pk").s() + "/" + item.get("sk").s()))
                .containsExactlyInAnyOrder("SYSTEM/MASTER_KEY", "SYSTEM/MASTER_KEY_CHECK");
    }
}
