package dev.paycrypto.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** Hand-made requests, signed by the SDK's SigV4 signer, for what the SDK clients cannot send. */
final class RawRequests {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** Who signs: an access key and its secret, the Region and the service of the credential scope. */
    record Signer(String accessKey, String secret, String region, String service) {
        static final Signer DEFAULT = new Signer("test", "test", "us-east-1", "payment-cryptography");

        Signer inRegion(String other) {
            return new Signer(accessKey, secret, other, service);
        }

        Signer forService(String other) {
            return new Signer(accessKey, secret, region, other);
        }
    }

    private RawRequests() {
    }

    /** A POST signed by the default test credentials in us-east-1 for payment-cryptography. */
    static HttpResponse<String> send(URI endpoint, String path, Map<String, String> headers, String body)
            throws Exception {
        return send(endpoint, Signer.DEFAULT, "POST", path, headers, body);
    }

    /** A request signed by {@code signer}; {@code body} null for none. */
    static HttpResponse<String> send(URI endpoint, Signer signer, String method, String pathAndQuery,
                                     Map<String, String> headers, String body) throws Exception {
        URI uri = endpoint.resolve(pathAndQuery);
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(uri);
        headers.forEach(request::putHeader);
        String payload = body == null ? "" : body;
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(signer.accessKey(), signer.secret()))
                .request(request.build())
                .payload(ContentStreamProvider.fromUtf8String(payload))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, signer.service())
                .putProperty(AwsV4HttpSigner.REGION_NAME, signer.region())
                .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.systemUTC()));
        HttpRequest.Builder http = HttpRequest.newBuilder(uri)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        signed.request().forEachHeader((name, values) -> {
            if (!"Host".equalsIgnoreCase(name)) {
                values.forEach(value -> http.header(name, value));
            }
        });
        return CLIENT.send(http.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An unsigned request. */
    static HttpResponse<String> unsigned(URI endpoint, String method, String pathAndQuery, String body)
            throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(endpoint.resolve(pathAndQuery)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
