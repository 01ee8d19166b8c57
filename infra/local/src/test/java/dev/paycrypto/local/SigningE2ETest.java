package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.paymentcryptography.PaymentCryptographyClient;
import software.amazon.awssdk.services.paymentcryptographydata.PaymentCryptographyDataClient;

/** Requests that are not signed by a configured access key, or for a region not served, are refused (403). */
class SigningE2ETest extends LocalServiceTest {

    @ParameterizedTest(name = "{0}/{1} in {2} → {3}")
    @CsvSource({
            "test, wrong-secret, us-east-1, InvalidSignatureException",
            "nobody, test, us-east-1, UnrecognizedClientException",
            "test, test, ap-south-2, InvalidSignatureException",
    })
    void refusedOnBothPlanes(String accessKey, String secret, String region, String errorCode) {
        PaymentCryptographyClient control = PaymentCryptographyClient.builder().endpointOverride(service.endpoint())
                .region(Region.of(region)).credentialsProvider(LocalService.credentials(accessKey, secret))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        PaymentCryptographyDataClient data = PaymentCryptographyDataClient.builder()
                .endpointOverride(service.endpoint()).region(Region.of(region))
                .credentialsProvider(LocalService.credentials(accessKey, secret))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        assertThatThrownBy(() -> control.listKeys(r -> { }))
                .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.statusCode()).isEqualTo(403);
                    org.assertj.core.api.Assertions.assertThat(e.awsErrorDetails().errorCode()).isEqualTo(errorCode);
                });
        assertThatThrownBy(() -> E2E.cvv2(data, "alias/anything"))
                .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.statusCode()).isEqualTo(403);
                    org.assertj.core.api.Assertions.assertThat(e.awsErrorDetails().errorCode()).isEqualTo(errorCode);
                });
    }
}
