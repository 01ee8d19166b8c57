package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A signature made for another AWS service (a request signed for S3 or KMS, replayed here) was accepted. Only
 * {@code payment-cryptography} is, and {@code execute-api} on the per-operation routes that API Gateway serves.
 */
class AttackSignatureScopeE2ETest extends LocalServiceTest {

    private static final Map<String, String> LIST_KEYS = Map.of("X-Amz-Target",
            "PaymentCryptographyControlPlane.ListKeys", "Content-Type", "application/x-amz-json-1.0");

    @ParameterizedTest
    @ValueSource(strings = {"s3", "kms", "sts", "execute-api", "payment-cryptography-data", "events"})
    void aSignatureForAnotherServiceIsRefusedOnTheSdkForm(String signingService) throws Exception {
        HttpResponse<String> response = RawRequests.send(service.endpoint(),
                RawRequests.Signer.DEFAULT.forService(signingService), "POST", "/", LIST_KEYS, "{}");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("InvalidSignatureException");
        assertThat(response.body()).contains("payment-cryptography");
    }

    @ParameterizedTest
    @ValueSource(strings = {"s3", "kms"})
    void aSignatureForAnotherServiceIsRefusedOnEveryForm(String signingService) throws Exception {
        RawRequests.Signer signer = RawRequests.Signer.DEFAULT.forService(signingService);
        assertThat(RawRequests.send(service.endpoint(), signer, "POST", "/controlplane/ListKeys",
                Map.of("Content-Type", "application/json"), "{}").statusCode()).isEqualTo(403);
        assertThat(RawRequests.send(service.endpoint(), signer, "GET", SideEndpoints.AUDIT_PATH, Map.of(), null)
                .statusCode()).isEqualTo(403);
    }

    @Test
    void executeApiIsTakenOnTheApiGatewayRoutesOnly() throws Exception {
        RawRequests.Signer apiGateway = RawRequests.Signer.DEFAULT.forService("execute-api");
        HttpResponse<String> route = RawRequests.send(service.endpoint(), apiGateway, "POST", "/controlplane/ListKeys",
                Map.of("Content-Type", "application/json"), "{}");
        assertThat(route.statusCode()).as(route.body()).isEqualTo(200);
        HttpResponse<String> side = RawRequests.send(service.endpoint(), apiGateway, "GET", SideEndpoints.AUDIT_PATH,
                Map.of(), null);
        assertThat(side.statusCode()).isEqualTo(403);
    }
}
