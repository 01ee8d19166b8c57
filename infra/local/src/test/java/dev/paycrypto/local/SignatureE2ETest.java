package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.paymentcryptography.PaymentCryptographyClient;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyClass;
import software.amazon.awssdk.services.paymentcryptography.model.KeySummary;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptographydata.PaymentCryptographyDataClient;

/** Requests signed wrongly, by an unknown caller or for a region not served are refused with 403. */
class SignatureE2ETest {

    static LocalService service;
    static PaymentCryptographyClient control;
    static String keyArn;

    @BeforeAll
    static void start() {
        service = new LocalService();
        control = service.control(Region.US_EAST_1);
        keyArn = control.createKey(r -> r.exportable(true).keyAttributes(a -> a
                .keyAlgorithm(KeyAlgorithm.TDES_2_KEY)
                .keyUsage(KeyUsage.TR31_C0_CARD_VERIFICATION_KEY)
                .keyClass(KeyClass.SYMMETRIC_KEY)
                .keyModesOfUse(m -> m.generate(true).verify(true)))).key().keyArn();
    }

    @AfterAll
    static void stop() {
        control.close();
        service.close();
    }

    static PaymentCryptographyClient controlAs(Region region, String accessKey, String secret) {
        return PaymentCryptographyClient.builder().endpointOverride(service.endpoint()).region(region)
                .credentialsProvider(LocalService.credentials(accessKey, secret))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    static PaymentCryptographyDataClient dataAs(Region region, String accessKey, String secret) {
        StaticCredentialsProvider credentials = LocalService.credentials(accessKey, secret);
        return PaymentCryptographyDataClient.builder().endpointOverride(service.endpoint()).region(region)
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    static void assertRefused(Executable call, String errorCode) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(AwsServiceException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.awsErrorDetails().sdkHttpResponse().statusCode()).isEqualTo(403);
            if (errorCode != null) {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo(errorCode);
            }
        });
    }

    static void generate(PaymentCryptographyDataClient client) {
        client.generateCardValidationData(r -> r.keyIdentifier(keyArn)
                .primaryAccountNumber("171234567890123")
                .generationAttributes(g -> g.cardVerificationValue2(c -> c.cardExpiryDate("0123"))));
    }

    @Test
    void wrongSecretIsAnInvalidSignature() {
        try (PaymentCryptographyClient badControl = controlAs(Region.US_EAST_1, "test", "wrong");
                PaymentCryptographyDataClient badData = dataAs(Region.US_EAST_1, "test", "wrong")) {
            assertRefused(() -> badControl.listKeys(r -> { }), "InvalidSignatureException");
            assertRefused(() -> badControl.getKey(r -> r.keyIdentifier(keyArn)), "InvalidSignatureException");
            assertRefused(() -> generate(badData), "InvalidSignatureException");
        }
    }

    @Test
    void unknownAccessKeyIsUnrecognized() {
        try (PaymentCryptographyClient badControl = controlAs(Region.US_EAST_1, "nobody", "x");
                PaymentCryptographyDataClient badData = dataAs(Region.US_EAST_1, "nobody", "x")) {
            assertRefused(() -> badControl.listKeys(r -> { }), "UnrecognizedClientException");
            assertRefused(() -> generate(badData), "UnrecognizedClientException");
        }
    }

    @Test
    void regionNotServedIsForbidden() {
        Region notServed = Region.of("ap-south-2");
        try (PaymentCryptographyClient otherControl = controlAs(notServed, "test", "test");
                PaymentCryptographyDataClient otherData = dataAs(notServed, "test", "test")) {
            assertRefused(() -> otherControl.listKeys(r -> { }), null);
            assertRefused(() -> generate(otherData), null);
        }
    }

    @Test
    void refusedRequestsChangedNothingAndGoodCredentialsStillWork() {
        try (PaymentCryptographyClient badControl = controlAs(Region.US_EAST_1, "test", "wrong")) {
            assertRefused(() -> badControl.deleteKey(r -> r.keyIdentifier(keyArn)), "InvalidSignatureException");
        }
        assertThat(control.getKey(r -> r.keyIdentifier(keyArn)).key().enabled()).isTrue();
        assertThat(control.listKeysPaginator(r -> { }).keys().stream().map(KeySummary::keyArn)).contains(keyArn);
        try (PaymentCryptographyDataClient goodData = service.data(Region.US_EAST_1)) {
            generate(goodData);
        }
    }
}
