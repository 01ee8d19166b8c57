package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.app.events.DetailType;
import dev.paycrypto.app.json.JsonCodec;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyClass;
import software.amazon.awssdk.services.paymentcryptography.model.KeyState;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;

/**
 * The side endpoints attacked as the hardening issue found them open: unsigned reads of any account's audit
 * records and dead letters, and unsigned (even {@code text/plain}, from a web page) or signed publication of the
 * service's internal events — an {@code API Call} forged into the audit, an alias moved, a multi-Region primary
 * hard-deleted by a {@code Key Replication Requested} naming its own Region. Each is refused and changes nothing.
 */
class AttackSideEndpointsE2ETest extends LocalServiceTest {

    private static final RawRequests.Signer OTHER =
            new RawRequests.Signer("other", "other-secret", "us-east-1", "payment-cryptography");

    @Test
    void everySideEndpointRefusesAnUnsignedCaller() throws Exception {
        int auditBefore = service.auditRecords().size();
        for (String[] call : new String[][] {{"GET", SideEndpoints.AUDIT_PATH}, {"GET", SideEndpoints.DEAD_LETTERS_PATH},
                {"POST", SideEndpoints.EVENTS_PATH}, {"GET", SideEndpoints.AUDIT_PATH + "?region=us-east-1&account="
                + LocalService.ACCOUNT}, {"GET", "/_paycrypto/anything"}}) {
            HttpResponse<String> response = RawRequests.unsigned(service.endpoint(), call[0], call[1],
                    "POST".equals(call[0]) ? rotation("alias/x") : null);
            assertThat(response.statusCode()).as(String.join(" ", call)).isEqualTo(403);
            assertThat(response.headers().firstValue("x-amzn-ErrorType"))
                    .contains("MissingAuthenticationTokenException");
            assertThat(response.body()).doesNotContain("eventName").doesNotContain(LocalService.ACCOUNT);
        }
        assertThat(service.auditRecords()).hasSize(auditBefore);
    }

    @Test
    void aTextPlainPostFromAWebPageIsRefused() throws Exception {
        // a cross-site form or fetch with text/plain needs no CORS preflight: without a signature it must do nothing
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(service.endpoint()
                        .resolve(SideEndpoints.EVENTS_PATH))
                .header("Content-Type", "text/plain").header("Origin", "https://attacker.example")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"detail-type\":\"API Call\",\"detail\":{\"eventName\":\"Forged\"}}")).build();
        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(service.auditRecords()).noneMatch(record -> record.path("eventName").asText().equals("Forged"));
    }

    @Test
    void healthAnswersUnsignedAndRevealsNothing() throws Exception {
        HttpResponse<String> response = RawRequests.unsigned(service.endpoint(), "GET", SideEndpoints.HEALTH_PATH, null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = JsonCodec.parse(response.body());
        assertThat(health.fieldNames()).toIterable().containsExactly("status", "version", "regions");
        assertThat(health.path("status").asText()).isEqualTo("ok");
        assertThat(health.path("version").asText()).matches("[0-9]+\\.[0-9]+\\.[0-9]+(-SNAPSHOT)?");
        assertThat(health.path("regions")).extracting(JsonNode::asText)
                .containsExactly(RuntimeOptions.DEFAULT_REGIONS.split(","));
        assertThat(response.body()).doesNotContain("111122223333").doesNotContain("test");
    }

    static Stream<DetailType> internalDetailTypes() {
        return Arrays.stream(DetailType.values()).filter(type -> !SideEndpoints.OPERATOR_DETAIL_TYPES.contains(type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("internalDetailTypes")
    void aSignedCallerCannotPublishTheServicesOwnEvents(DetailType type) throws Exception {
        int auditBefore = service.auditRecords().size();
        HttpResponse<String> response = RawRequests.send(service.endpoint(), RawRequests.Signer.DEFAULT, "POST",
                SideEndpoints.EVENTS_PATH, Map.of("Content-Type", "application/json"),
                "{\"detail-type\":\"" + type.text() + "\",\"detail\":{\"keyId\":\"abcdefghijklmnop\","
                        + "\"eventName\":\"Forged\",\"removeRegions\":[\"us-east-1\"]}}");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("AccessDeniedException");
        assertThat(service.auditRecords()).hasSize(auditBefore);
    }

    @Test
    void aForgedReplicationRequestCannotDeleteAMultiRegionPrimary() throws Exception {
        Key primary = control.createKey(r -> r.exportable(true).keyAttributes(a -> a.keyAlgorithm(KeyAlgorithm.AES_128)
                .keyUsage(KeyUsage.TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY).keyClass(KeyClass.SYMMETRIC_KEY)
                .keyModesOfUse(m -> m.encrypt(true).decrypt(true).wrap(true).unwrap(true)))).key();
        control.addKeyReplicationRegions(r -> r.keyIdentifier(primary.keyArn()).replicationRegions("eu-west-1"));
        String forged = "{\"detail-type\":\"Key Replication Requested\",\"detail\":{\"keyArn\":\"" + primary.keyArn()
                + "\",\"keyId\":\"" + primary.keyArn().substring(primary.keyArn().lastIndexOf('/') + 1) + "\",\"removeRegions\":[\"us-east-1\",\"eu-west-1\"]}}";
        for (RawRequests.Signer signer : List.of(RawRequests.Signer.DEFAULT, OTHER)) {
            HttpResponse<String> response = RawRequests.send(service.endpoint(), signer, "POST",
                    SideEndpoints.EVENTS_PATH, Map.of("Content-Type", "application/json"), forged);
            assertThat(response.statusCode()).isEqualTo(403);
        }
        HttpResponse<String> unsigned = RawRequests.unsigned(service.endpoint(), "POST", SideEndpoints.EVENTS_PATH,
                forged);
        assertThat(unsigned.statusCode()).isEqualTo(403);
        assertThat(control.getKey(r -> r.keyIdentifier(primary.keyArn())).key().keyState())
                .isEqualTo(KeyState.CREATE_COMPLETE);
        String replicaArn = primary.keyArn().replace(":us-east-1:", ":eu-west-1:");
        assertThat(service.control(Region.EU_WEST_1).getKey(r -> r.keyIdentifier(replicaArn)).key().keyState())
                .isEqualTo(KeyState.CREATE_COMPLETE);
    }

    @Test
    void anAccountSeesOnlyItsOwnAuditRecordsAndDeadLetters() throws Exception {
        E2E.createCvk(control);
        service.factory().bus().deadLetters().add(new DeadLetterStore.DeadLetter("SomeRule", "us-east-1",
                LocalService.ACCOUNT, "{\"id\":\"mine\",\"account\":\"" + LocalService.ACCOUNT + "\"}", "X"));
        List<JsonNode> othersAudit = list(OTHER, SideEndpoints.AUDIT_PATH);
        assertThat(othersAudit).allSatisfy(record -> assertThat(record.path("recipientAccountId").asText())
                .isEqualTo(LocalService.OTHER_ACCOUNT));
        assertThat(list(OTHER, SideEndpoints.DEAD_LETTERS_PATH)).isEmpty();
        assertThat(list(RawRequests.Signer.DEFAULT, SideEndpoints.DEAD_LETTERS_PATH))
                .anySatisfy(letter -> assertThat(letter.path("event").path("id").asText()).isEqualTo("mine"));
        assertThat(list(RawRequests.Signer.DEFAULT, SideEndpoints.AUDIT_PATH))
                .anySatisfy(record -> assertThat(record.path("eventName").asText()).isEqualTo("CreateKey"));
        // the same account in another Region sees that Region only
        assertThat(list(RawRequests.Signer.DEFAULT.inRegion("eu-west-1"), SideEndpoints.DEAD_LETTERS_PATH)).isEmpty();
    }

    @Test
    void aSideEndpointCannotBePointedAtAnotherRegionOrAccount() throws Exception {
        for (String query : List.of("?account=" + LocalService.OTHER_ACCOUNT, "?region=eu-west-1",
                "?region=..%2F..%2Fetc", "?limit=1&account=" + LocalService.OTHER_ACCOUNT)) {
            HttpResponse<String> response = RawRequests.send(service.endpoint(), RawRequests.Signer.DEFAULT, "GET",
                    SideEndpoints.AUDIT_PATH + query, Map.of(), null);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("ValidationException");
        }
    }

    private static List<JsonNode> list(RawRequests.Signer signer, String path) throws Exception {
        HttpResponse<String> response = RawRequests.send(service.endpoint(), signer, "GET", path, Map.of(), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> items = new java.util.ArrayList<>();
        JsonCodec.mapper().readTree(response.body()).forEach(items::add);
        return items;
    }

    private static String rotation(String alias) {
        return "{\"detail-type\":\"Key Rotation Requested\",\"detail\":{\"aliasName\":\"" + alias + "\"}}";
    }
}
