package dev.paycrypto.deployed.apigateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** Requests over real HTTP/1.1, signed by the SDK's SigV4 signer as an execute-api client signs them. */
final class SignedRequests {

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** Who signs, for which service and Region, when, and where the signature goes. */
    record Signer(String accessKey, String secret, String service, String region, Clock clock, boolean inQuery) {

        static Signer of(IamUser user, String region) {
            return new Signer(user.accessKeyId(), user.secretAccessKey(), ExecuteApiSignature.SERVICE, region,
                    Clock.systemUTC(), false);
        }

        Signer forService(String other) {
            return new Signer(accessKey, secret, other, region, clock, inQuery);
        }

        Signer inRegion(String other) {
            return new Signer(accessKey, secret, service, other, clock, inQuery);
        }

        Signer withKey(String otherKey, String otherSecret) {
            return new Signer(otherKey, otherSecret, service, region, clock, inQuery);
        }

        Signer at(Clock other) {
            return new Signer(accessKey, secret, service, region, other, inQuery);
        }

        Signer presigned() {
            return new Signer(accessKey, secret, service, region, clock, true);
        }
    }

    private SignedRequests() {
    }

    /** A POST of {@code body} to {@code uri}, signed over {@code signedBody} (the same, unless tampering). */
    static HttpResponse<String> post(URI uri, Signer signer, String signedBody, String body) throws Exception {
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(uri)
                .putHeader("Content-Type", "application/json").putHeader("User-Agent", "apigw-emulator-test/1.0")
                .build();
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(signer.accessKey(), signer.secret()))
                .request(request)
                .payload(ContentStreamProvider.fromUtf8String(signedBody))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, signer.service())
                .putProperty(AwsV4HttpSigner.REGION_NAME, signer.region())
                .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, signer.clock())
                .putProperty(AwsV4HttpSigner.AUTH_LOCATION, signer.inQuery()
                        ? AwsV4HttpSigner.AuthLocation.QUERY_STRING : AwsV4HttpSigner.AuthLocation.HEADER));
        HttpRequest.Builder http = HttpRequest.newBuilder(signed.request().getUri())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        signed.request().forEachHeader((name, values) -> {
            if (!"Host".equalsIgnoreCase(name)) {
                values.forEach(value -> http.header(name, value));
            }
        });
        return CLIENT.send(http.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(URI uri, Signer signer, String body) throws Exception {
        return post(uri, signer, body, body);
    }

    static HttpResponse<String> unsigned(URI uri, String method, String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }
}
