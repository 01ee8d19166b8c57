package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptographydata.PaymentCryptographyDataClient;

/**
 * The request thread never writes the audit store: with the audit database locked by another writer, calls are
 * still answered — none waits for the disk — and their records land, each once, when the lock goes.
 */
class AuditOffTheRequestPathE2ETest {

    @TempDir
    static Path data;
    static LocalService service;

    @BeforeAll
    static void start() {
        service = new LocalService(options -> options.withDataDirectory(data));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void callsAreAnsweredWhileTheAuditDatabaseIsLockedAndTheirRecordsLandAfterwards() throws Exception {
        Key cvk = E2E.createCvk(service.control(Region.US_EAST_1));
        PaymentCryptographyDataClient client = service.data(Region.US_EAST_1);
        service.settle();
        int before = records().size();
        List<String> requestIds = new ArrayList<>();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("us-east-1/audit.db"));
             Statement lock = other.createStatement()) {
            lock.execute("BEGIN EXCLUSIVE");
            for (int i = 0; i < 20; i++) {
                requestIds.add(E2E.cvv2(client, cvk.keyArn()).responseMetadata().requestId());
            }
            // answered, and not one record written meanwhile: the writer is the one waiting for the lock
            try (ResultSet count = lock.executeQuery("SELECT COUNT(*) FROM audit")) {
                assertThat(count.getInt(1)).isEqualTo(before);
            }
            lock.execute("ROLLBACK");
        }
        service.settle();
        List<JsonNode> after = records();
        for (String requestId : requestIds) {
            assertThat(after).filteredOn(record -> requestId.equals(record.path("requestID").asText())).hasSize(1);
        }
    }

    private static List<JsonNode> records() {
        return service.factory().services("us-east-1").audit().list(LocalService.ACCOUNT, 10_000);
    }
}
