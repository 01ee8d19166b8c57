package dev.paycrypto.functions.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.functions.Fixtures;
import dev.paycrypto.service.runtime.Services;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample API Call event of {@code events/bus} replayed through the audit worker, twice: stored once. */
class AuditWorkerTest {

    @Test
    void storesTheSampleEventOnceHoweverOftenItArrives() throws Exception {
        Services services = Fixtures.region();
        AuditWorker worker = new AuditWorker(services);
        byte[] sample = Files.readAllBytes(Path.of("../events/bus/api-call.json"));
        worker.handleRequest(new ByteArrayInputStream(sample), new ByteArrayOutputStream(), null);
        worker.handleRequest(new ByteArrayInputStream(sample), new ByteArrayOutputStream(), null);

        services.audit().flush();
        List<JsonNode> records = services.audit().list(Fixtures.ACCOUNT, 10);
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.get("eventName").asText()).isEqualTo("GenerateCardValidationData");
            assertThat(record.get("requestParameters").get("PrimaryAccountNumber").asText())
                    .isEqualTo("412345******2345");
        });
    }

    @Test
    void recordsAKeyEventWithoutAnApiCallAsAServiceEvent() throws Exception {
        Services services = Fixtures.region();
        for (String name : List.of("key-rotation-requested", "key-rotated", "key-deleted")) {
            byte[] sample = Files.readAllBytes(Path.of("../events/bus/" + name + ".json"));
            new AuditWorker(services).handleRequest(new ByteArrayInputStream(sample), new ByteArrayOutputStream(),
                    null);
        }
        services.audit().flush();
        List<JsonNode> records = services.audit().list(Fixtures.ACCOUNT, 10);
        assertThat(records).extracting(record -> record.get("eventName").asText())
                .containsExactly("Key Rotation Requested", "Key Rotated", "Key Deleted");
        assertThat(records).allSatisfy(record ->
                assertThat(record.get("eventType").asText()).isEqualTo("AwsServiceEvent"));
        assertThat(records.get(1).get("serviceEventDetails").get("aliasName").asText()).isEqualTo("alias/sample-dek");
        // a scheduling event is not audited (DeleteKey's own API Call is)
        byte[] scheduled = Files.readAllBytes(Path.of("../events/bus/key-deletion-scheduled.json"));
        assertThatThrownBy(() -> new AuditWorker(services).handleRequest(new ByteArrayInputStream(scheduled),
                new ByteArrayOutputStream(), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnEventOfAnotherSource() {
        AuditWorker worker = new AuditWorker(Fixtures.region());
        byte[] foreign = "{\"source\":\"aws.s3\",\"detail-type\":\"Object Created\",\"detail\":{}}".getBytes();
        assertThatThrownBy(() -> worker.handleRequest(new ByteArrayInputStream(foreign), new ByteArrayOutputStream(),
                null)).isInstanceOf(IllegalArgumentException.class);
    }
}
