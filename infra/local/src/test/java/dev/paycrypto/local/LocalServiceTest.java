package dev.paycrypto.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.paymentcryptography.PaymentCryptographyClient;
import software.amazon.awssdk.services.paymentcryptographydata.PaymentCryptographyDataClient;

/**
 * An end-to-end test class: one local service per class with the SDK clients of us-east-1; when the class is
 * done, the service stops and every log line written so far is scanned for secrets.
 */
abstract class LocalServiceTest {

    static LocalService service;
    static PaymentCryptographyClient control;
    static PaymentCryptographyDataClient data;

    @BeforeAll
    static void startService() {
        service = new LocalService();
        control = service.control(Region.US_EAST_1);
        data = service.data(Region.US_EAST_1);
    }

    @AfterAll
    static void stopServiceAndScanLogs() {
        service.close();
        LogScan.assertNoSecrets();
    }
}
