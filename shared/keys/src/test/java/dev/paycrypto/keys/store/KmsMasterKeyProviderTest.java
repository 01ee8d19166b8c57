package dev.paycrypto.keys.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import dev.paycrypto.keys.store.dynamodb.DynamoDbKeyStore;
import dev.paycrypto.keys.store.dynamodb.KmsMasterKeyProvider;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * The deployed master key: a KMS data key (KMS played by moto_server, preinstalled on these machines) kept
 * encrypted in the key table (DynamoDB Local). Two cold starts must agree on one key, and a later start must
 * decrypt the same key back.
 */
class KmsMasterKeyProviderTest {

    private static Process moto;
    private static AmazonDynamoDBLocal dynamo;
    private static KmsClient kms;
    private static DynamoDbKeyStore store;

    @BeforeAll
    static void start() throws Exception {
        Path binary = findOnPath("moto_server");
        assumeTrue(binary != null, "moto_server is not installed");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        moto = new ProcessBuilder(binary.toString(), "-H", "127.0.0.1", "-p", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        waitForPort(port);
        kms = KmsClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + port)).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        dynamo = DynamoDBEmbedded.create();
        DynamoDbClient client = dynamo.dynamoDbClient();
        DynamoDbKeyStore.createTable(client, "keys");
        store = new DynamoDbKeyStore(client, "keys");
    }

    @AfterAll
    static void stop() {
        if (moto != null) {
            moto.destroy();
        }
        if (dynamo != null) {
            dynamo.shutdownNow();
        }
    }

    @Test
    void coldStartsAgreeOnOneKmsProtectedStorageKey() {
        String kmsKey = kms.createKey(r -> r.description("paycrypto test")).keyMetadata().keyId();
        KmsMasterKeyProvider first = new KmsMasterKeyProvider(kms, kmsKey, store.masterKeyRepository());
        KmsMasterKeyProvider second = new KmsMasterKeyProvider(kms, kmsKey, store.masterKeyRepository());
        assertThat(first.storageKey().length()).isEqualTo(32);
        assertThat(second.storageKey()).isEqualTo(first.storageKey());
        byte[] stored = store.masterKeyRepository().load().orElseThrow();
        assertThat(stored).isNotEqualTo(first.storageKey().copy());
        assertThat(new KmsMasterKeyProvider(kms, kmsKey, store.masterKeyRepository()).storageKey())
                .isEqualTo(first.storageKey());
    }

    private static Path findOnPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static void waitForPort(int port) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("moto_server did not start");
    }
}
