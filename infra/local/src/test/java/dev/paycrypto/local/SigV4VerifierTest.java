package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import dev.paycrypto.app.errors.ServiceException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** SigV4 verification against signatures made by the AWS SDK's own signer. */
class SigV4VerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final Credentials CREDENTIALS = Credentials.parse("test:test:111122223333,other:s3cret:444455556666");
    private static final String ARN_PATH =
            "/keys/arn%3Aaws%3Apayment-cryptography%3Aeu-west-1%3A444455556666%3Akey%2Fabcdefghijklmnop/encrypt";

    private static SigV4Verifier.SignedRequest sign(String accessKey, String secret, String region, String path,
                                                    String body) {
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST)
                .uri(URI.create("http://127.0.0.1:8090" + path)).putHeader("Content-Type", "application/json").build();
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(accessKey, secret))
                .request(request)
                .payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "payment-cryptography")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(NOW, ZoneOffset.UTC)));
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        signed.request().forEachHeader((name, values) -> headers.put(name, new ArrayList<>(values)));
        headers.putIfAbsent("Host", List.of("127.0.0.1:8090"));
        return new SigV4Verifier.SignedRequest("POST", signed.request().encodedPath(), null, headers,
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static SigV4Verifier verifierAt(Instant now) {
        return new SigV4Verifier(CREDENTIALS, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void verifiesTheSdkSignatureOfADataPlanePathWithAnEncodedArn() throws Exception {
        SigV4Verifier.Identity identity = verifierAt(NOW).verify(sign("other", "s3cret", "eu-west-1", ARN_PATH, "{}"));
        assertThat(identity.account()).isEqualTo("444455556666");
        assertThat(identity.region()).isEqualTo("eu-west-1");
        assertThat(identity.service()).isEqualTo("payment-cryptography");
    }

    @Test
    void signsAsTheSdkSignsSoThatItsOwnRequestsVerify() {
        SigV4Verifier.SignedRequest bySdk = sign("other", "s3cret", "eu-west-1", ARN_PATH, "{\"a\":1}");
        String sdkAuthorization = bySdk.headers().get("Authorization").get(0);
        String signedHeaders = sdkAuthorization.replaceAll(".*SignedHeaders=([^,]+),.*", "$1");
        String ours = verifierAt(NOW).authorization(bySdk, CREDENTIALS.find("other").orElseThrow(), "eu-west-1",
                "payment-cryptography", bySdk.headers().get("X-Amz-Date").get(0), signedHeaders);
        assertThat(ours).isEqualTo(sdkAuthorization);
    }

    @Test
    void refusesATamperedBodyHeaderOrPath() {
        SigV4Verifier.SignedRequest signed = sign("test", "test", "us-east-1", "/cardvalidationdata/verify", "{\"a\":1}");
        assertThatThrownBy(() -> verifierAt(NOW).verify(new SigV4Verifier.SignedRequest("POST", signed.rawPath(), null,
                signed.headers(), "{\"a\":2}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.code()).isEqualTo("InvalidSignatureException"));
        assertThatThrownBy(() -> verifierAt(NOW).verify(new SigV4Verifier.SignedRequest("POST", "/cardvalidationdata/generate",
                null, signed.headers(), signed.body())))
                .isInstanceOf(ServiceException.class);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(signed.headers());
        headers.put("Host", List.of("127.0.0.1:9999"));
        assertThatThrownBy(() -> verifierAt(NOW).verify(new SigV4Verifier.SignedRequest("POST", signed.rawPath(), null,
                headers, signed.body()))).isInstanceOf(ServiceException.class);
    }

    @Test
    void refusesAWrongSecretAnUnknownKeyASkewedClockAndNoSignature() {
        assertThatThrownBy(() -> verifierAt(NOW).verify(sign("test", "wrong", "us-east-1", "/", "{}")))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.httpStatus()).isEqualTo(403));
        assertThatThrownBy(() -> verifierAt(NOW).verify(sign("nobody", "test", "us-east-1", "/", "{}")))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.code()).isEqualTo("UnrecognizedClientException"));
        assertThatThrownBy(() -> verifierAt(NOW.plus(Duration.ofMinutes(16))).verify(sign("test", "test", "us-east-1",
                "/", "{}"))).isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.getMessage()).contains("Signature expired"));
        assertThatThrownBy(() -> verifierAt(NOW).verify(new SigV4Verifier.SignedRequest("POST", "/", null, Map.of(),
                new byte[0]))).isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.code()).isEqualTo("MissingAuthenticationTokenException"));
    }
}
