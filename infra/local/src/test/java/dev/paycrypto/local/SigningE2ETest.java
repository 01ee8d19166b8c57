package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.paymentcryptography.PaymentCryptographyClient;
import software.amazon.awssdk.services.paymentcryptographydata.PaymentCryptographyDataClient;

/**
 * Requests that are not signed by a configured access key, or for a region not served, are refused (403);
 * accounts are kept apart; an operation the service does not know gets an AWS-style error.
 */
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

    @org.junit.jupiter.api.Test
    void accountsAreKeptApart() {
        var key = E2E.createCvk(control);
        PaymentCryptographyClient other = PaymentCryptographyClient.builder().endpointOverride(service.endpoint())
                .region(Region.US_EAST_1).credentialsProvider(LocalService.credentials("other", "other-secret"))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        org.assertj.core.api.Assertions.assertThat(other.listKeys(r -> { }).keys()).isEmpty();
        assertThatThrownBy(() -> other.getKey(r -> r.keyIdentifier(key.keyArn())))
                .isInstanceOf(software.amazon.awssdk.services.paymentcryptography.model.AccessDeniedException.class);
        var own = E2E.createCvk(other);
        org.assertj.core.api.Assertions.assertThat(own.keyArn()).contains(":444455556666:key/");
    }

    @org.junit.jupiter.api.Test
    void anUnknownOperationGetsAnAwsStyleError() throws Exception {
        java.net.http.HttpResponse<String> control = RawRequests.send(service.endpoint(), "/",
                java.util.Map.of("X-Amz-Target", "PaymentCryptographyControlPlane.NoSuchOperation",
                        "Content-Type", "application/x-amz-json-1.0"), "{}");
        org.assertj.core.api.Assertions.assertThat(control.statusCode()).isEqualTo(400);
        org.assertj.core.api.Assertions.assertThat(control.headers().firstValue("x-amzn-ErrorType"))
                .contains("UnknownOperationException");
        java.net.http.HttpResponse<String> data = RawRequests.send(service.endpoint(), "/no/such/operation",
                java.util.Map.of("Content-Type", "application/json"), "{}");
        org.assertj.core.api.Assertions.assertThat(data.statusCode()).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(data.body()).contains("UnknownOperationException");
        java.net.http.HttpResponse<String> malformed = RawRequests.send(service.endpoint(), "/",
                java.util.Map.of("X-Amz-Target", "PaymentCryptographyControlPlane.ListKeys",
                        "Content-Type", "application/x-amz-json-1.0"), "{not json");
        org.assertj.core.api.Assertions.assertThat(malformed.statusCode()).isEqualTo(400);
        org.assertj.core.api.Assertions.assertThat(malformed.headers().firstValue("x-amzn-ErrorType"))
                .contains("SerializationException");
    }
}
