package dev.paycrypto.deployed.apigateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paycrypto.deployed.apigateway.SignedRequests.Signer;
import dev.paycrypto.local.TemplateReader;
import dev.paycrypto.service.runtime.Caller;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The emulation of API Gateway in front of the functions, driven over real HTTP with requests the SDK's SigV4 signer
 * signs: it serves exactly the methods the SAM-translated template declares, hands each signed request to the
 * method's function as API Gateway's proxy event, and refuses the others with API Gateway's answers.
 */
class ApiGatewayEmulatorIT {

    static final String OWNER = "999988887777";
    static final IamUser ALICE = IamUser.named("issuer-ops", "111122223333", "AIDAEXAMPLEALICE00001",
            "AKIAALICEEXAMPLE0001", "alice-secret-access-key");
    static final String CANNED = "{\"statusCode\":200,\"headers\":{\"Content-Type\":\"application/json\"},"
            + "\"body\":\"{\\\"ok\\\":true}\",\"isBase64Encoded\":false}";
    static final ObjectMapper JSON = new ObjectMapper();

    /** One invocation the emulator made. */
    record Invocation(String function, JsonNode event) {
    }

    static Path repoRoot;
    static JsonNode template;
    static ApiGatewayEmulator api;
    static final List<Invocation> invocations = new CopyOnWriteArrayList<>();
    /** What the function does: answers with the canned response unless a test says otherwise. */
    static volatile Invoker behaviour;

    @BeforeAll
    static void start() throws Exception {
        repoRoot = SamTranslatedTemplate.repoRoot();
        template = SamTranslatedTemplate.load(repoRoot);
        api = ApiGatewayEmulator.start(template, IamUser.byAccessKey(ALICE), OWNER, (function, event) -> {
            invocations.add(new Invocation(function, JSON.readTree(event)));
            return behaviour.invoke(function, event);
        });
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void reset() {
        invocations.clear();
        behaviour = (function, event) -> CANNED;
    }

    static Signer alice() {
        return Signer.of(ALICE, api.region());
    }

    static URI at(String pathAndQuery) {
        return URI.create(api.endpoint() + pathAndQuery);
    }

    // ---- what the template declares

    @Test
    void theStageIsTheTemplatesStageParameterDefault() {
        assertThat(api.stageName()).isEqualTo(template.path("Parameters").path("StageName").path("Default").asText())
                .isNotEmpty();
        assertThat(api.endpoint().getPath()).isEqualTo("/" + api.stageName());
    }

    @Test
    void theRoutesAreTheSamTemplatesApiEventsAndTheirInvokePermissions() {
        // the SAM template's Api events, read from template.yaml itself
        Set<String> events = new TreeSet<>();
        TemplateReader.read(repoRoot.resolve("template.yaml")).path("Resources").properties().forEach(r ->
                r.getValue().path("Properties").path("Events").forEach(event -> {
                    if ("Api".equals(event.path("Type").asText())) {
                        events.add(r.getKey() + " " + event.path("Properties").path("Method").asText()
                                .toUpperCase() + " " + event.path("Properties").path("Path").asText());
                    }
                }));
        Set<String> served = new TreeSet<>();
        api.routes().forEach((function, routes) -> routes.forEach(route ->
                served.add(function + " " + route.httpMethod() + " " + route.resourcePath())));
        assertThat(served).hasSizeGreaterThanOrEqualTo(40).isEqualTo(events);
        assertThat(api.routes().values().stream().flatMap(List::stream)).allMatch(Route::iamAuthorized);

        // and each is what API Gateway may invoke: a lambda:InvokeFunction permission for execute-api on it
        Set<String> permitted = new TreeSet<>();
        Pattern arn = Pattern.compile("\\$\\{__Stage__}/([A-Z]+)(/.*)$");
        template.path("Resources").forEach(resource -> {
            JsonNode properties = resource.path("Properties");
            if ("AWS::Lambda::Permission".equals(resource.path("Type").asText())
                    && "apigateway.amazonaws.com".equals(properties.path("Principal").asText())) {
                Matcher m = arn.matcher(properties.path("SourceArn").path("Fn::Sub").path(0).asText());
                assertThat(m.find()).as(properties.toString()).isTrue();
                String target = properties.path("FunctionName").path("Ref").asText();
                String function = template.path("Resources").path(target).path("Properties").path("FunctionName")
                        .path("Ref").asText(target);
                permitted.add(function + " " + m.group(1) + " " + m.group(2));
            }
        });
        // a permission's source ARN has '*' where the path has a parameter
        assertThat(permitted).isEqualTo(served.stream().map(r -> r.replaceAll("\\{[^}/]+}", "*"))
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void everyRouteReachesItsFunction() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (var entry : api.routes().entrySet()) {
            for (Route route : entry.getValue()) {
                invocations.clear();
                String path = route.resourcePath().replaceAll("\\{[^}]+}", "alias%2Fsome-key");
                HttpResponse<String> response = SignedRequests.post(at(path), alice(), "{}");
                if (response.statusCode() != 200 || invocations.size() != 1
                        || !invocations.get(0).function().equals(entry.getKey())) {
                    wrong.add(route + ": " + response.statusCode() + " " + invocations);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    // ---- the proxy event

    @Test
    void aSignedRequestReachesTheFunctionAsApiGatewaysProxyEvent() throws Exception {
        String body = "{\"PlainText\":\"31323334\"}";
        HttpResponse<String> response = SignedRequests.post(at("/keys/alias%2Fsample-dek/encrypt?trace=a%20b&trace=c"),
                alice(), body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(invocations).hasSize(1);
        assertThat(invocations.get(0).function()).isEqualTo("EncryptDataFunction");
        JsonNode event = invocations.get(0).event();
        String stage = api.stageName();
        assertThat(event.path("resource").asText()).isEqualTo("/keys/{KeyIdentifier}/encrypt");
        assertThat(event.path("path").asText()).isEqualTo("/keys/alias%2Fsample-dek/encrypt");
        assertThat(event.path("httpMethod").asText()).isEqualTo("POST");
        assertThat(event.path("pathParameters").path("KeyIdentifier").asText()).isEqualTo("alias/sample-dek");
        assertThat(event.path("queryStringParameters").path("trace").asText()).isEqualTo("c");
        assertThat(event.path("multiValueQueryStringParameters").path("trace"))
                .extracting(JsonNode::asText).containsExactly("a b", "c");
        assertThat(event.path("headers").path("Content-Type").asText()).isEqualTo("application/json");
        assertThat(event.path("multiValueHeaders").path("X-Amz-Date")).hasSize(1);
        assertThat(event.path("stageVariables").isNull()).isTrue();
        assertThat(event.path("body").asText()).isEqualTo(body);
        assertThat(event.path("isBase64Encoded").asBoolean(true)).isFalse();

        JsonNode context = event.path("requestContext");
        assertThat(context.path("resourcePath").asText()).isEqualTo("/keys/{KeyIdentifier}/encrypt");
        assertThat(context.path("resourceId").asText()).matches("[a-z0-9]{6}");
        assertThat(context.path("httpMethod").asText()).isEqualTo("POST");
        assertThat(context.path("path").asText()).isEqualTo("/" + stage + "/keys/alias%2Fsample-dek/encrypt");
        assertThat(context.path("stage").asText()).isEqualTo(stage);
        assertThat(context.path("accountId").asText()).isEqualTo(OWNER);
        assertThat(context.path("protocol").asText()).isEqualTo("HTTP/1.1");
        assertThat(context.path("requestId").asText()).matches("[0-9a-f-]{36}")
                .isEqualTo(response.headers().firstValue("x-amzn-RequestId").orElseThrow());
        assertThat(context.path("requestTime").asText()).matches("\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000");
        assertThat(context.path("requestTimeEpoch").asLong()).isCloseTo(System.currentTimeMillis(),
                org.assertj.core.data.Offset.offset(60_000L));
        assertThat(context.path("apiId").asText()).isEqualTo(api.apiId());
        assertThat(context.path("domainName").asText()).isEqualTo("127.0.0.1");
        JsonNode identity = context.path("identity");
        assertThat(identity.path("accountId").asText()).isEqualTo(ALICE.accountId());
        assertThat(identity.path("userArn").asText()).isEqualTo("arn:aws:iam::111122223333:user/issuer-ops");
        assertThat(identity.path("caller").asText()).isEqualTo(ALICE.userId());
        assertThat(identity.path("user").asText()).isEqualTo(ALICE.userId());
        assertThat(identity.path("accessKey").asText()).isEqualTo(ALICE.accessKeyId());
        assertThat(identity.path("sourceIp").asText()).isEqualTo("127.0.0.1");
        assertThat(identity.path("userAgent").asText()).isEqualTo("apigw-emulator-test/1.0");
        assertThat(identity.path("cognitoIdentityPoolId").isNull()).isTrue();

        // what the functions read of it
        APIGatewayProxyRequestEvent typed = JSON.copy()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .treeToValue(event, APIGatewayProxyRequestEvent.class);
        Caller caller = Caller.from(typed);
        assertThat(caller.account()).isEqualTo(ALICE.accountId());
        assertThat(caller.principal()).isEqualTo(ALICE.userArn());
        assertThat(typed.getPathParameters()).containsEntry("KeyIdentifier", "alias/sample-dek");
    }

    @Test
    void aPresignedQueryAuthenticatesToo() throws Exception {
        HttpResponse<String> response = SignedRequests.post(at("/mac/generate"), alice().presigned(), "{}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(invocations).singleElement().satisfies(i -> assertThat(i.event().path("requestContext")
                .path("identity").path("accessKey").asText()).isEqualTo(ALICE.accessKeyId()));
    }

    // ---- the function's answer

    @Test
    void theProxyResponsesStatusHeadersAndBodyPassThrough() throws Exception {
        behaviour = (function, event) -> "{\"statusCode\":418,\"headers\":{\"Content-Type\":\"text/plain\","
                + "\"X-Teapot\":\"short\"},\"multiValueHeaders\":{\"X-Many\":[\"one\",\"two\"]},"
                + "\"body\":\"I am a teapot\",\"isBase64Encoded\":false}";

        HttpResponse<String> response = SignedRequests.post(at("/mac/generate"), alice(), "{}");

        assertThat(response.statusCode()).isEqualTo(418);
        assertThat(response.body()).isEqualTo("I am a teapot");
        assertThat(response.headers().firstValue("Content-Type")).contains("text/plain");
        assertThat(response.headers().firstValue("X-Teapot")).contains("short");
        assertThat(response.headers().firstValue("X-Many")).contains("one,two");
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).isEmpty();
    }

    @Test
    void aFailedInvocationIsA502() throws Exception {
        behaviour = (function, event) -> {
            throw new IllegalStateException("the function crashed: secret detail");
        };

        assertGatewayResponse(SignedRequests.post(at("/mac/generate"), alice(), "{}"), 502,
                "InternalServerErrorException", "{\"message\": \"Internal server error\"}");
    }

    @Test
    void aMalformedProxyResponseIsA502() throws Exception {
        for (String malformed : List.of("{\"errorMessage\":\"boom\",\"errorType\":\"RuntimeException\"}",
                "{\"statusCode\":200,\"body\":{\"not\":\"a string\"}}", "{\"body\":\"no status\"}",
                "not json", "[]", "{\"statusCode\":200,\"headers\":{\"X\":{\"nested\":1}}}")) {
            behaviour = (function, event) -> malformed;
            assertGatewayResponse(SignedRequests.post(at("/mac/generate"), alice(), "{}"), 502,
                    "InternalServerErrorException", "{\"message\": \"Internal server error\"}");
        }
    }

    @Test
    void aFunctionSlowerThanTheIntegrationTimeoutIsA504() throws Exception {
        try (ApiGatewayEmulator quick = ApiGatewayEmulator.start(template, IamUser.byAccessKey(ALICE), OWNER,
                (function, event) -> {
                    Thread.sleep(5_000);
                    return CANNED;
                }, ApiGatewayEmulator.Options.defaults().withIntegrationTimeout(Duration.ofMillis(300)))) {
            long started = System.nanoTime();
            HttpResponse<String> response = SignedRequests.post(URI.create(quick.endpoint() + "/mac/generate"),
                    Signer.of(ALICE, quick.region()), "{}");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
            assertGatewayResponse(response, 504, "InternalServerErrorException",
                    "{\"message\": \"Endpoint request timed out\"}");
        }
    }

    // ---- refusals

    @Test
    void anUnsignedRequestIsMissingItsAuthenticationToken() throws Exception {
        assertMissingAuthenticationToken(SignedRequests.unsigned(at("/mac/generate"), "POST", "{}"));
        assertThat(invocations).isEmpty();
    }

    @Test
    void unknownRoutesMethodsAndStagesAreMissingAuthenticationTokenEvenSigned() throws Exception {
        assertMissingAuthenticationToken(SignedRequests.post(at("/mac/nothing"), alice(), "{}"));
        assertMissingAuthenticationToken(SignedRequests.post(at("/keys//encrypt"), alice(), "{}"));
        assertMissingAuthenticationToken(SignedRequests.post(at(""), alice(), "{}"));
        URI otherStage = URI.create("http://127.0.0.1:" + api.endpoint().getPort() + "/Prod/mac/generate");
        assertMissingAuthenticationToken(SignedRequests.post(otherStage, alice(), "{}"));
        URI noStage = URI.create("http://127.0.0.1:" + api.endpoint().getPort() + "/mac/generate");
        assertMissingAuthenticationToken(SignedRequests.post(noStage, alice(), "{}"));
        assertMissingAuthenticationToken(SignedRequests.unsigned(at("/mac/generate"), "GET", ""));
        assertThat(invocations).isEmpty();
    }

    @Test
    void aSignatureForAnotherServiceIsInvalid() throws Exception {
        assertGatewayResponse(SignedRequests.post(at("/mac/generate"), alice().forService("payment-cryptography"),
                "{}"), 403, "InvalidSignatureException",
                "{\"message\":\"Credential should be scoped to correct service: 'execute-api'. \"}");
        assertThat(invocations).isEmpty();
    }

    @Test
    void aSignatureForAnotherRegionIsInvalid() throws Exception {
        assertGatewayResponse(SignedRequests.post(at("/mac/generate"), alice().inRegion("eu-west-1"), "{}"), 403,
                "InvalidSignatureException", "{\"message\":\"Credential should be scoped to a valid region. \"}");
        assertThat(invocations).isEmpty();
    }

    @Test
    void aTamperedBodyBreaksTheSignature() throws Exception {
        HttpResponse<String> response = SignedRequests.post(at("/mac/generate"), alice(), "{\"MessageData\":\"00\"}",
                "{\"MessageData\":\"FF\"}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("InvalidSignatureException");
        String message = JSON.readTree(response.body()).path("message").asText();
        assertThat(message).startsWith("The request signature we calculated does not match the signature you "
                + "provided. Check your AWS Secret Access Key and signing method.")
                .contains("The Canonical String for this request should have been\n'POST\n/" + api.stageName()
                        + "/mac/generate\n")
                .contains("The String-to-Sign should have been\n'AWS4-HMAC-SHA256\n");
        assertThat(invocations).isEmpty();
    }

    @Test
    void aWrongSecretBreaksTheSignature() throws Exception {
        HttpResponse<String> response = SignedRequests.post(at("/mac/generate"),
                alice().withKey(ALICE.accessKeyId(), "not-alices-secret"), "{}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(response.body()).path("message").asText())
                .startsWith("The request signature we calculated does not match");
        assertThat(invocations).isEmpty();
    }

    @Test
    void anUnknownAccessKeyIsUnrecognized() throws Exception {
        assertGatewayResponse(SignedRequests.post(at("/mac/generate"), alice().withKey("AKIANOBODY0000000000",
                "whatever"), "{}"), 403, "UnrecognizedClientException",
                "{\"message\":\"The security token included in the request is invalid.\"}");
        assertThat(invocations).isEmpty();
    }

    @Test
    void aSignatureMoreThanFiveMinutesOldHasExpired() throws Exception {
        Clock sixMinutesAgo = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-6));
        HttpResponse<String> response = SignedRequests.post(at("/mac/generate"), alice().at(sixMinutesAgo), "{}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("InvalidSignatureException");
        assertThat(JSON.readTree(response.body()).path("message").asText())
                .matches("Signature expired: \\d{8}T\\d{6}Z is now earlier than \\d{8}T\\d{6}Z \\(\\d{8}T\\d{6}Z - 5 min\\.\\)");

        Clock fourMinutesAgo = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-4));
        assertThat(SignedRequests.post(at("/mac/generate"), alice().at(fourMinutesAgo), "{}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aBodyOverThePayloadQuotaIsRefusedUnread() throws Exception {
        try (ApiGatewayEmulator small = ApiGatewayEmulator.start(template, IamUser.byAccessKey(ALICE), OWNER,
                (function, event) -> CANNED, ApiGatewayEmulator.Options.defaults().withMaxBodyBytes(1024))) {
            URI uri = URI.create(small.endpoint() + "/mac/generate");
            Signer signer = Signer.of(ALICE, small.region());
            assertThat(SignedRequests.post(uri, signer, "x".repeat(1000)).statusCode()).isEqualTo(200);
            HttpResponse<String> response = SignedRequests.post(uri, signer, "x".repeat(2000));
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.body()).isEqualTo("{\"message\":\"Request Too Long\"}");
        }
    }

    @Test
    void requestsBeyondTheConcurrencyCapAreThrottled() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        try (ApiGatewayEmulator capped = ApiGatewayEmulator.start(template, IamUser.byAccessKey(ALICE), OWNER,
                (function, event) -> {
                    release.await();
                    return CANNED;
                }, ApiGatewayEmulator.Options.defaults().withConcurrency(1, 1))) {
            URI uri = URI.create(capped.endpoint() + "/mac/generate");
            Signer signer = Signer.of(ALICE, capped.region());
            var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
            try {
                List<java.util.concurrent.Future<HttpResponse<String>>> sent = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    sent.add(pool.submit(() -> SignedRequests.post(uri, signer, "{}")));
                    Thread.sleep(200);
                }
                HttpResponse<String> third = sent.get(2).get(10, java.util.concurrent.TimeUnit.SECONDS);
                release.countDown();
                assertGatewayResponse(third, 429, "TooManyRequestsException", "{\"message\":\"Too Many Requests\"}");
                assertThat(sent.get(0).get(10, java.util.concurrent.TimeUnit.SECONDS).statusCode()).isEqualTo(200);
                assertThat(sent.get(1).get(10, java.util.concurrent.TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            } finally {
                release.countDown();
                pool.shutdownNow();
            }
        }
    }

    private static void assertMissingAuthenticationToken(HttpResponse<String> response) {
        assertGatewayResponse(response, 403, "MissingAuthenticationTokenException",
                "{\"message\":\"Missing Authentication Token\"}");
    }

    private static void assertGatewayResponse(HttpResponse<String> response, int status, String errorType,
                                              String body) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains(errorType);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        assertThat(response.body()).isEqualTo(body);
    }

}
