package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.paymentcryptography.PaymentCryptographyClient;
import software.amazon.awssdk.services.paymentcryptographydata.PaymentCryptographyDataClient;

/**
 * An end-to-end test class: one local service per class with the SDK clients of us-east-1. When the class is
 * done, every operation call it made (the runtime's request lines that reached a function) must have left exactly
 * one audit record, no audit record may hold a secret, and — the service stopped — no log line written so far
 * either.
 */
abstract class LocalServiceTest {

    static LocalService service;
    static PaymentCryptographyClient control;
    static PaymentCryptographyDataClient data;
    private static long logMark;

    @BeforeAll
    static void startService() {
        logMark = LogScan.lineCount();
        service = new LocalService();
        control = service.control(Region.US_EAST_1);
        data = service.data(Region.US_EAST_1);
    }

    @AfterAll
    static void stopServiceAndScanLogs() {
        List<JsonNode> audit = service.auditRecords().stream()
                .filter(record -> "AwsApiCall".equals(record.path("eventType").asText())).toList();
        try {
            assertThat(audit).as("one audit record per operation call").hasSize(
                    (int) LogScan.operationCallsSince(logMark));
            service.auditRecords().forEach(record -> LogScan.assertClean(record.toString()));
        } finally {
            service.close();
        }
        LogScan.assertNoSecrets();
    }
}
