package dev.paycrypto.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paycrypto.client.CapturingServer.Captured;
import dev.paycrypto.client.SigV4Check.Authorization;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.paymentcryptography.PaymentCryptographyAsyncClient;
import software.amazon.awssdk.services.paymentcryptography.PaymentCryptographyClient;
import software.amazon.awssdk.services.paymentcryptography.PaymentCryptographyClientBuilder;
import software.amazon.awssdk.services.paymentcryptography.model.GetKeyResponse;
import software.amazon.awssdk.services.paymentcryptography.model.KeyState;
import software.amazon.awssdk.services.paymentcryptographydata.PaymentCryptographyDataClient;
import software.amazon.awssdk.services.paymentcryptographydata.PaymentCryptographyDataClientBuilder;
import software.amazon.awssdk.services.paymentcryptographydata.model.EncryptDataResponse;
import software.amazon.awssdk.services.paymentcryptographydata.model.EncryptionMode;
import software.amazon.awssdk.services.paymentcryptographydata.model.GenerateCardValidationDataResponse;

/**
 * Drives the unmodified SDK clients, configured by {@link PayCryptoStack}, against a real HTTP server standing in
 * for the deployed stack, and checks what arrives on the wire: route, target header, credential scope, and a
 * signature recomputed independently ({@link SigV4Check}) for {@code execute-api} over the request as received.
 */
class PayCryptoStackIT {

    private static final String ACCESS_KEY_ID = "AKIDPAYCRYPTOSTACK";
    private static final String SECRET_KEY = "paycrypto-stack-test-secret";
    private static final String JSON_1_0 = "application/x-amz-json-1.0";
    private static final String KEY_ARN = "arn:aws:payment-cryptography:us-east-1:111122223333:key/kwapwa6qaifllw2h";
    private static final String GET_KEY_REPLY = "{\"Key\":{\"KeyArn\":\"" + KEY_ARN + "\","
            + "\"KeyAttributes\":{\"KeyUsage\":\"TR31_C0_CARD_VERIFICATION_KEY\",\"KeyClass\":\"SYMMETRIC_KEY\","
            + "\"KeyAlgorithm\":\"TDES_2KEY\",\"KeyModesOfUse\":{\"Generate\":true,\"Verify\":true}},"
            + "\"KeyCheckValue\":\"CADDA1\",\"KeyCheckValueAlgorithm\":\"ANSI_X9_24\",\"Enabled\":true,"
            + "\"Exportable\":true,\"KeyState\":\"CREATE_COMPLETE\",\"KeyOrigin\":\"AWS_PAYMENT_CRYPTOGRAPHY\","
            + "\"CreateTimestamp\":1.7E9}}";
    private static final String LIST_KEYS_REPLY = "{\"Keys\":[]}";

    private static CapturingServer server;

    @BeforeAll
    static void startServer() throws IOException {
        server = new CapturingServer();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void controlPlaneCallIsPostedToItsOperationRouteUnderTheStage() throws InterruptedException {
        server.reply(JSON_1_0, GET_KEY_REPLY);
        GetKeyResponse response;
        try (PaymentCryptographyClient client = controlPlane(prodStage(), Region.US_EAST_1)) {
            response = client.getKey(r -> r.keyIdentifier("alias/cvv"));
        }
        Captured request = server.take();

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.rawPath()).isEqualTo("/Prod/controlplane/GetKey");
        assertThat(request.rawQuery()).isNull();
        assertThat(request.header("X-Amz-Target")).isEqualTo("PaymentCryptographyControlPlane.GetKey");
        assertThat(request.header("Content-Type")).isEqualTo(JSON_1_0);
        assertThat(request.bodyText()).isEqualTo("{\"KeyIdentifier\":\"alias/cvv\"}");
        assertThat(response.key().keyArn()).isEqualTo(KEY_ARN);
        assertThat(response.key().keyState()).isEqualTo(KeyState.CREATE_COMPLETE);
    }

    @Test
    void controlPlaneIsSignedForExecuteApiOverTheRoutedPath() throws InterruptedException {
        server.reply(JSON_1_0, LIST_KEYS_REPLY);
        try (PaymentCryptographyClient client = controlPlane(prodStage(), Region.US_EAST_1)) {
            assertThat(client.listKeys(r -> r.maxResults(5)).keys()).isEmpty();
        }
        Captured request = server.take();
        Authorization authorization = Authorization.parse(request.header("Authorization"));

        assertThat(request.rawPath()).isEqualTo("/Prod/controlplane/ListKeys");
        assertThat(authorization.accessKeyId()).isEqualTo(ACCESS_KEY_ID);
        assertThat(authorization.credentialScope()).endsWith("/us-east-1/execute-api/aws4_request");
        assertThat(request.header("X-Amz-Date")).startsWith(authorization.date());
        assertThat(authorization.signedHeaders()).contains("host", "x-amz-date", "x-amz-target");
        assertThat(authorization.signature()).isEqualTo(recomputed(request, "execute-api", "us-east-1"));
        // The signature is over the route, not over the root the SDK first built, nor for the SDK's own name.
        assertThat(authorization.signature())
                .isNotEqualTo(SigV4Check.signature(SECRET_KEY, "execute-api", "us-east-1", request.method(),
                        "/Prod/", request.rawQuery(), request.headers(), request.body()))
                .isNotEqualTo(recomputed(request, "payment-cryptography", "us-east-1"));
    }

    @Test
    void dataPlaneCallKeepsItsOperationPathUnderTheStage() throws InterruptedException {
        server.reply("application/json",
                "{\"KeyArn\":\"" + KEY_ARN + "\",\"KeyCheckValue\":\"CADDA1\",\"ValidationData\":\"123\"}");
        GenerateCardValidationDataResponse response;
        try (PaymentCryptographyDataClient client = dataPlane(prodStage(), Region.EU_WEST_2)) {
            response = client.generateCardValidationData(r -> r.keyIdentifier(KEY_ARN)
                    .primaryAccountNumber("4111111111111111")
                    .generationAttributes(g -> g.cardVerificationValue2(c -> c.cardExpiryDate("1230"))));
        }
        Captured request = server.take();
        Authorization authorization = Authorization.parse(request.header("Authorization"));

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.rawPath()).isEqualTo("/Prod/cardvalidationdata/generate");
        assertThat(request.header("X-Amz-Target")).isNull();
        assertThat(authorization.credentialScope()).endsWith("/eu-west-2/execute-api/aws4_request");
        assertThat(authorization.signature()).isEqualTo(recomputed(request, "execute-api", "eu-west-2"));
        assertThat(response.validationData()).isEqualTo("123");
    }

    @Test
    void dataPlanePathLabelsAreSignedAsSent() throws InterruptedException {
        server.reply("application/json", "{\"KeyArn\":\"" + KEY_ARN + "\",\"CipherText\":\"0011223344556677\"}");
        EncryptDataResponse response;
        try (PaymentCryptographyDataClient client = dataPlane(prodStage(), Region.US_EAST_1)) {
            response = client.encryptData(r -> r.keyIdentifier(KEY_ARN).plainText("31323334353637383930313233343536")
                    .encryptionAttributes(e -> e.symmetric(s -> s.mode(EncryptionMode.ECB))));
        }
        Captured request = server.take();

        assertThat(request.rawPath()).isEqualTo("/Prod/keys/"
                + "arn%3Aaws%3Apayment-cryptography%3Aus-east-1%3A111122223333%3Akey%2Fkwapwa6qaifllw2h/encrypt");
        assertThat(Authorization.parse(request.header("Authorization")).signature())
                .isEqualTo(recomputed(request, "execute-api", "us-east-1"));
        assertThat(response.cipherText()).isEqualTo("0011223344556677");
    }

    @Test
    void settingsOnTheBuilderAfterConfigureDoNotUndoIt() throws InterruptedException {
        server.reply(JSON_1_0, LIST_KEYS_REPLY);
        PaymentCryptographyClientBuilder builder = prodStage()
                .configure(PaymentCryptographyClient.builder())
                .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(10)))
                .endpointOverride(server.uri("/elsewhere"));
        try (PaymentCryptographyClient client = withTestTransport(builder, Region.US_EAST_1)) {
            client.listKeys(r -> { });
        }
        Captured request = server.take();

        assertThat(request.rawPath()).isEqualTo("/Prod/controlplane/ListKeys");
        assertThat(Authorization.parse(request.header("Authorization")).service()).isEqualTo("execute-api");
    }

    @Test
    void asyncControlPlaneClientIsConfiguredTheSameWay() throws Exception {
        server.reply(JSON_1_0, LIST_KEYS_REPLY);
        try (PaymentCryptographyAsyncClient client = prodStage()
                .configure(PaymentCryptographyAsyncClient.builder())
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials())
                .build()) {
            client.listKeys(r -> { }).get();
        }
        Captured request = server.take();

        assertThat(request.rawPath()).isEqualTo("/Prod/controlplane/ListKeys");
        assertThat(Authorization.parse(request.header("Authorization")).signature())
                .isEqualTo(recomputed(request, "execute-api", "us-east-1"));
    }

    @ParameterizedTest
    @CsvSource({"/Prod/, /Prod/controlplane/ListKeys", "'', /controlplane/ListKeys", "/, /controlplane/ListKeys",
            "/v1/Prod, /v1/Prod/controlplane/ListKeys"})
    void stagePathIsTakenAsGivenWithoutATrailingSlash(String stagePath, String expectedPath)
            throws InterruptedException {
        server.reply(JSON_1_0, LIST_KEYS_REPLY);
        PayCryptoStack stack = PayCryptoStack.at(server.uri(stagePath));
        try (PaymentCryptographyClient client = controlPlane(stack, Region.US_EAST_1)) {
            client.listKeys(r -> { });
        }
        Captured request = server.take();

        assertThat(request.rawPath()).isEqualTo(expectedPath);
        assertThat(Authorization.parse(request.header("Authorization")).signature())
                .isEqualTo(recomputed(request, "execute-api", "us-east-1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Prod", "ftp://example.com/Prod", "https://example.com/Prod?stage=1",
            "https://example.com/Prod#top", "https://user@example.com/Prod", "https:///Prod"})
    void refusesEndpointsThatAreNotAStackBaseUrl(String endpoint) {
        assertThatThrownBy(() -> PayCryptoStack.at(URI.create(endpoint))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachPluginRefusesTheOtherPlanesClient() {
        PayCryptoStack stack = PayCryptoStack.at(URI.create("https://abc123.execute-api.us-east-1.amazonaws.com/Prod"));
        assertThatThrownBy(() -> PaymentCryptographyDataClient.builder().addPlugin(stack.controlPlanePlugin())
                .region(Region.US_EAST_1).credentialsProvider(credentials())
                .httpClient(UrlConnectionHttpClient.create()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clients only");
        assertThatThrownBy(() -> PaymentCryptographyClient.builder().addPlugin(stack.dataPlanePlugin())
                .region(Region.US_EAST_1).credentialsProvider(credentials())
                .httpClient(UrlConnectionHttpClient.create()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clients only");
    }

    /** What the stack could not accept: the SDK alone posts to the stage root and signs for its own name. */
    @Test
    void withoutTheHelperTheSdkPostsToTheRootAndSignsForPaymentCryptography() throws InterruptedException {
        server.reply(JSON_1_0, LIST_KEYS_REPLY);
        try (PaymentCryptographyClient client = withTestTransport(
                PaymentCryptographyClient.builder().endpointOverride(server.uri("/Prod")), Region.US_EAST_1)) {
            client.listKeys(r -> { });
        }
        Captured request = server.take();

        assertThat(request.rawPath()).isEqualTo("/Prod/");
        assertThat(Authorization.parse(request.header("Authorization")).service()).isEqualTo("payment-cryptography");
    }

    /** The independent verifier must reproduce AWS's worked example, and tell a wrong service from the right one. */
    @Test
    void verifierReproducesTheAwsWorkedExample() throws IOException {
        Properties vector = new Properties();
        try (InputStream in = getClass().getResourceAsStream("sigv4-known-answer.properties")) {
            vector.load(in);
        }
        Map<String, List<String>> headers = new TreeMap<>();
        vector.stringPropertyNames().stream().filter(name -> name.startsWith("header."))
                .forEach(name -> headers.put(name.substring("header.".length()), List.of(vector.getProperty(name))));
        byte[] body = vector.getProperty("body").getBytes(StandardCharsets.UTF_8);

        assertThat(SigV4Check.signature(vector.getProperty("secretKey"), vector.getProperty("service"),
                vector.getProperty("region"), vector.getProperty("method"), vector.getProperty("rawPath"),
                vector.getProperty("rawQuery"), headers, body))
                .isEqualTo(vector.getProperty("signature"));
        assertThat(SigV4Check.signature(vector.getProperty("secretKey"), "execute-api",
                vector.getProperty("region"), vector.getProperty("method"), vector.getProperty("rawPath"),
                vector.getProperty("rawQuery"), headers, body))
                .isNotEqualTo(vector.getProperty("signature"));
    }

    private static PayCryptoStack prodStage() {
        return PayCryptoStack.at(server.uri("/Prod"));
    }

    private static String recomputed(Captured request, String service, String region) {
        return SigV4Check.signature(SECRET_KEY, service, region, request.method(), request.rawPath(),
                request.rawQuery(), request.headers(), request.body());
    }

    private static PaymentCryptographyClient controlPlane(PayCryptoStack stack, Region region) {
        return withTestTransport(stack.configure(PaymentCryptographyClient.builder()), region);
    }

    private static PaymentCryptographyDataClient dataPlane(PayCryptoStack stack, Region region) {
        return stack.configure(PaymentCryptographyDataClient.builder())
                .region(region)
                .credentialsProvider(credentials())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    private static PaymentCryptographyClient withTestTransport(PaymentCryptographyClientBuilder builder,
            Region region) {
        return builder.region(region)
                .credentialsProvider(credentials())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_KEY));
    }
}
