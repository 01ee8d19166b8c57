package dev.paycrypto.service.events;

import dev.paycrypto.app.events.AuditStore;
import dev.paycrypto.app.events.DetailType;
import dev.paycrypto.app.events.Event;
import dev.paycrypto.aws.DynamoDbAuditStore;
import dev.paycrypto.local.store.SqliteAuditStore;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import dev.paycrypto.aws.DynamoDbKeyStore;
import dev.paycrypto.app.json.JsonCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Both audit stores, SQLite and DynamoDB (on DynamoDB Local, in the key table's layout), keep the same contract. */
class AuditStoreContractTest {

    private static AmazonDynamoDBLocal dynamo;
    private static DynamoDbClient client;

    @BeforeAll
    static void start() {
        dynamo = DynamoDBEmbedded.create();
        client = dynamo.dynamoDbClient();
        DynamoDbKeyStore.createTable(client, "paycrypto-keys");
    }

    @AfterAll
    static void stop() {
        client.close();
        dynamo.shutdownNow();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "dynamodb"})
    void storesEachEventOnceInOrderAndPerAccount(String kind) {
        AuditStore store = "sqlite".equals(kind) ? SqliteAuditStore.inMemory()
                : new DynamoDbAuditStore(client, "paycrypto-keys");
        String account = kind.equals("sqlite") ? "111122223333" : "444455556666";
        Event first = event("e1", account, "2026-11-29T12:00:00Z", "CreateKey");
        Event second = event("e2", account, "2026-11-29T12:00:01Z", "GetKey");

        store.append(first);
        store.append(second);
        // at-least-once delivery: the same event again changes nothing
        store.append(first);
        store.append(event("e3", "999988887777", "2026-11-29T12:00:02Z", "ListKeys"));
        store.flush();

        List<String> names = store.list(account, 10).stream().map(r -> r.get("eventName").asText()).toList();
        assertThat(names).containsExactly("CreateKey", "GetKey");
        assertThat(store.list(account, 1)).hasSize(1);
        assertThat(store.list("000000000000", 10)).isEmpty();
    }

    @Test
    void theSqliteAuditDatabaseIsOnlyReadableByItsOwner(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("audit.db");
        try (SqliteAuditStore store = SqliteAuditStore.open(file)) {
            store.append(event("e1", "111122223333", "2026-11-29T12:00:00Z", "CreateKey"));
            try (Stream<Path> files = Files.list(directory)) {
                assertThat(files).isNotEmpty().allSatisfy(f -> assertThat(
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------"));
            }
        }
    }

    private static Event event(String id, String account, String time, String operation) {
        return new Event(id, DetailType.API_CALL, Instant.parse(time), "us-east-1", account, List.of(),
                JsonCodec.parse("{\"eventName\":\"" + operation + "\",\"eventID\":\"" + id + "\"}"));
    }
}
