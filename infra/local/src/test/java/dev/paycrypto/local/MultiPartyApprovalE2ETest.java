package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.app.approval.MultiPartyApproval;
import dev.paycrypto.app.json.JsonCodec;
import dev.paycrypto.crypto.asymmetric.CertificateIssuer;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyClass;
import software.amazon.awssdk.services.paymentcryptography.model.KeyState;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptography.model.ResourceNotFoundException;
import software.amazon.awssdk.services.paymentcryptography.model.ValidationException;

/**
 * Multi-party approval end to end. The SDK 2.41 has neither the three MPA operations nor ImportKey's
 * {@code RequesterComment} nor {@code Key.MpaStatus}, so those calls are signed raw requests; everything else goes
 * through the SDK. The approval team is played by the signed side endpoint {@code POST /_paycrypto/mpa/decisions},
 * whose decision travels the bus to the approval worker as it would deployed. Root certificate imports run in
 * us-east-1 under the team associated before all; the association's own life runs in eu-west-1.
 */
class MultiPartyApprovalE2ETest extends LocalServiceTest {

    private static final String TEAM = "arn:aws:mpa:us-east-1:111122223333:approval-team/root-ca-approvers";
    private static final String WEST_TEAM = "arn:aws:mpa:eu-west-1:111122223333:approval-team/west-approvers";
    private static final String NEW_WEST_TEAM = "arn:aws:mpa:eu-west-1:111122223333:approval-team/new-approvers";
    private static final RawRequests.Signer OWNER = RawRequests.Signer.DEFAULT;
    private static final RawRequests.Signer WEST = OWNER.inRegion("eu-west-1");
    private static final RawRequests.Signer OTHER =
            new RawRequests.Signer("other", "other-secret", "us-east-1", "payment-cryptography");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A certificate authority of the test: its key pair and self-signed certificate. */
    private record Authority(KeyPair keys, X509Certificate certificate) {
    }

    @BeforeAll
    static void associateTheTeam() throws Exception {
        JsonNode association = ok(call(OWNER, "AssociateMpaTeam", body("Action",
                "IMPORT_ROOT_PUBLIC_KEY_CERTIFICATE", "MpaTeamArn", TEAM))).get("MpaTeamAssociation");
        assertThat(association.get("AssociationState").asText()).isEqualTo("ACTIVE");
        assertThat(association.get("MpaTeamArn").asText()).isEqualTo(TEAM);
        assertThat(association.has("MpaStatus")).as("the first team needs no approval").isFalse();
    }

    @Test
    void aRootImportWaitsForTheTeamAndIsUsableOnceApproved() throws Exception {
        Authority root = authority("CN=MPA Root Approved");
        int keysBefore = control.listKeys(r -> { }).keys().size();
        HttpResponse<String> noComment = importRoot(OWNER, root, null);
        assertThat(noComment.statusCode()).isEqualTo(400);
        assertThat(noComment.body()).contains("ValidationException").contains("RequesterComment");
        assertThat(control.listKeys(r -> { }).keys()).as("nothing stored").hasSize(keysBefore);

        JsonNode pending = ok(importRoot(OWNER, root, "Root CA of ceremony 42")).get("Key");
        String keyArn = pending.get("KeyArn").asText();
        String session = pending.at("/MpaStatus/MpaSessionArn").asText();
        assertThat(pending.get("KeyState").asText()).isEqualTo("CREATE_IN_PROGRESS");
        assertThat(pending.at("/MpaStatus/Status").asText()).isEqualTo("PENDING");
        assertThat(session).matches("arn:aws:mpa:us-east-1:111122223333:session/root-ca-approvers/[a-zA-Z0-9_-]+");
        assertThat(control.getKey(r -> r.keyIdentifier(keyArn)).key().keyState())
                .isEqualTo(KeyState.CREATE_IN_PROGRESS);
        assertThatThrownBy(() -> importLeaf(root, keyArn)).as("a pending root certifies nothing")
                .isInstanceOf(ValidationException.class).hasMessageContaining("CREATE_COMPLETE");

        // another account can neither decide the session nor see it; an unsigned decision is refused
        assertThat(decide(OTHER, session, "APPROVE").statusCode()).isEqualTo(200);
        service.settle();
        assertThat(getKey(OWNER, keyArn).at("/Key/MpaStatus/Status").asText()).isEqualTo("PENDING");
        HttpResponse<String> othersView = call(OTHER, "GetKey", body("KeyIdentifier", keyArn));
        assertThat(othersView.statusCode()).isBetween(400, 499);
        assertThat(othersView.body()).doesNotContain(session);
        assertThat(call(OTHER, "GetMpaTeamAssociation", body("Action", "IMPORT_ROOT_PUBLIC_KEY_CERTIFICATE"))
                .statusCode()).isEqualTo(404);
        HttpResponse<String> unsigned = RawRequests.unsigned(service.endpoint(), "POST",
                SideEndpoints.MPA_DECISIONS_PATH, decision(session, "APPROVE"));
        assertThat(unsigned.statusCode()).isEqualTo(403);
        service.settle();
        assertThat(getKey(OWNER, keyArn).at("/Key/KeyState").asText()).isEqualTo("CREATE_IN_PROGRESS");

        assertThat(decide(OWNER, session, "APPROVE").statusCode()).isEqualTo(200);
        service.settle();
        JsonNode approved = getKey(OWNER, keyArn).get("Key");
        assertThat(approved.get("KeyState").asText()).isEqualTo("CREATE_COMPLETE");
        assertThat(approved.at("/MpaStatus/Status").asText()).isEqualTo("APPROVED");
        assertThat(approved.at("/MpaStatus/MpaSessionArn").asText()).isEqualTo(session);
        Key leaf = importLeaf(root, keyArn);
        assertThat(leaf.keyState()).isEqualTo(KeyState.CREATE_COMPLETE);

        // a second decision about a decided session changes nothing; its refusal is audited
        assertThat(decide(OWNER, session, "REJECT").statusCode()).isEqualTo(200);
        service.settle();
        assertThat(getKey(OWNER, keyArn).at("/Key/KeyState").asText()).isEqualTo("CREATE_COMPLETE");
        assertThat(refusals()).anyMatch(reason -> reason.contains(session) && reason.contains("APPROVED already"))
                .anyMatch(reason -> reason.contains(session) && reason.contains("not of the event's account"));
        // the decision and its outcome are audited, the requester's comment is not
        assertThat(service.auditRecords()).filteredOn(record -> "AwsServiceEvent".equals(
                record.path("eventType").asText())).extracting(record -> record.get("eventName").asText())
                .contains("MPA Approval Decision", "MPA Session Decided");
        assertThat(service.auditRecords()).noneMatch(record -> record.toString().contains("ceremony 42"));
    }

    @Test
    void aRejectedRootImportDoesNotTakeEffect() throws Exception {
        Authority root = authority("CN=MPA Root Rejected");
        JsonNode pending = ok(importRoot(OWNER, root, "Root CA of ceremony 43")).get("Key");
        String keyArn = pending.get("KeyArn").asText();
        assertThat(decide(OWNER, pending.at("/MpaStatus/MpaSessionArn").asText(), "REJECT").statusCode())
                .isEqualTo(200);
        service.settle();
        assertThatThrownBy(() -> control.getKey(r -> r.keyIdentifier(keyArn)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> importLeaf(root, keyArn)).isInstanceOf(ResourceNotFoundException.class);
        // a new request may follow, and waits again
        assertThat(ok(importRoot(OWNER, root, "Root CA of ceremony 43, again")).at("/Key/MpaStatus/Status")
                .asText()).isEqualTo("PENDING");
    }

    @Test
    void anExpiredSessionCountsAsFailedWhenNextReadOrDecided() throws Exception {
        Authority root = authority("CN=MPA Root Expired");
        JsonNode read = ok(importRoot(OWNER, root, "read after expiry")).get("Key");
        JsonNode decided = ok(importRoot(OWNER, root, "decided after expiry")).get("Key");
        service.advance(MultiPartyApproval.SESSION_LIFETIME.plusMinutes(1));
        // read, it shows as failed and stays unusable (GetKey only reads)
        JsonNode shown = getKey(OWNER, read.get("KeyArn").asText()).get("Key");
        assertThat(shown.at("/MpaStatus/Status").asText()).isEqualTo("FAILED");
        assertThat(shown.at("/MpaStatus/StatusMessage").asText()).contains("expired");
        assertThat(shown.get("KeyState").asText()).isEqualTo("CREATE_IN_PROGRESS");
        assertThatThrownBy(() -> importLeaf(root, read.get("KeyArn").asText()))
                .isInstanceOf(ValidationException.class);
        // acted on, it is recorded as failed and the import does not take effect
        assertThat(decide(OWNER, decided.at("/MpaStatus/MpaSessionArn").asText(), "APPROVE").statusCode())
                .isEqualTo(200);
        service.settle();
        assertThatThrownBy(() -> control.getKey(r -> r.keyIdentifier(decided.get("KeyArn").asText())))
                .isInstanceOf(ResourceNotFoundException.class);
        String expired = decided.at("/MpaStatus/MpaSessionArn").asText();
        assertThat(refusals()).anyMatch(reason -> reason.contains(expired) && reason.contains("expired"));
    }

    @Test
    void withoutATeamARootImportIsUnchanged() throws Exception {
        JsonNode key = ok(importRoot(OTHER, authority("CN=Other Root"), null)).get("Key");
        assertThat(key.get("KeyState").asText()).isEqualTo("CREATE_COMPLETE");
        assertThat(key.has("MpaStatus")).isFalse();
    }

    @Test
    void theTeamIsReplacedAndRemovedOnlyWithItsApproval() throws Exception {
        String action = "IMPORT_ROOT_PUBLIC_KEY_CERTIFICATE";
        assertThat(call(WEST, "GetMpaTeamAssociation", body("Action", action)).statusCode()).isEqualTo(404);
        assertThat(call(WEST, "DisassociateMpaTeam", body("Action", action)).statusCode()).isEqualTo(404);
        assertThat(association(call(WEST, "AssociateMpaTeam", body("Action", action, "MpaTeamArn", WEST_TEAM)))
                .get("AssociationState").asText()).isEqualTo("ACTIVE");

        // a replacement waits for the current team; rejected, the current team stays
        JsonNode update = association(call(WEST, "AssociateMpaTeam", body("Action", action, "MpaTeamArn",
                NEW_WEST_TEAM)));
        assertThat(update.get("AssociationState").asText()).isEqualTo("UPDATE_PENDING");
        assertThat(update.get("MpaTeamArn").asText()).isEqualTo(WEST_TEAM);
        assertThat(update.at("/MpaStatus/Status").asText()).isEqualTo("PENDING");
        String updateSession = update.at("/MpaStatus/MpaSessionArn").asText();
        assertThat(updateSession).contains(":session/west-approvers/");
        HttpResponse<String> second = call(WEST, "DisassociateMpaTeam", body("Action", action));
        assertThat(second.statusCode()).as("one pending change at a time").isEqualTo(409);
        // a decision signed in another Region is about that Region's sessions only
        assertThat(decide(OWNER, updateSession, "APPROVE").statusCode()).isEqualTo(200);
        service.settle();
        assertThat(association(call(WEST, "GetMpaTeamAssociation", body("Action", action)))
                .get("AssociationState").asText()).isEqualTo("UPDATE_PENDING");
        decide(WEST, updateSession, "REJECT");
        service.settle();
        JsonNode rejected = association(call(WEST, "GetMpaTeamAssociation", body("Action", action)));
        assertThat(rejected.get("AssociationState").asText()).isEqualTo("ACTIVE");
        assertThat(rejected.get("MpaTeamArn").asText()).isEqualTo(WEST_TEAM);
        assertThat(rejected.at("/MpaStatus/Status").asText()).isEqualTo("FAILED");

        // approved, the new team is in force
        String approvedSession = association(call(WEST, "AssociateMpaTeam", body("Action", action, "MpaTeamArn",
                NEW_WEST_TEAM))).at("/MpaStatus/MpaSessionArn").asText();
        decide(WEST, approvedSession, "APPROVE");
        service.settle();
        JsonNode replaced = association(call(WEST, "GetMpaTeamAssociation", body("Action", action)));
        assertThat(replaced.get("AssociationState").asText()).isEqualTo("ACTIVE");
        assertThat(replaced.get("MpaTeamArn").asText()).isEqualTo(NEW_WEST_TEAM);
        assertThat(replaced.at("/MpaStatus/Status").asText()).isEqualTo("APPROVED");

        // disassociating needs the new team's approval: rejected it stays, approved it goes
        JsonNode deleting = association(call(WEST, "DisassociateMpaTeam", body("Action", action,
                "RequesterComment", "moving to another organisation")));
        assertThat(deleting.get("AssociationState").asText()).isEqualTo("DELETE_PENDING");
        assertThat(deleting.at("/MpaStatus/MpaSessionArn").asText()).contains(":session/new-approvers/");
        decide(WEST, deleting.at("/MpaStatus/MpaSessionArn").asText(), "REJECT");
        service.settle();
        assertThat(association(call(WEST, "GetMpaTeamAssociation", body("Action", action)))
                .get("AssociationState").asText()).isEqualTo("ACTIVE");
        String deleteSession = association(call(WEST, "DisassociateMpaTeam", body("Action", action)))
                .at("/MpaStatus/MpaSessionArn").asText();
        decide(WEST, deleteSession, "APPROVE");
        service.settle();
        HttpResponse<String> gone = call(WEST, "GetMpaTeamAssociation", body("Action", action));
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).contains("ResourceNotFoundException");
        // us-east-1 keeps its own team
        assertThat(association(call(OWNER, "GetMpaTeamAssociation", body("Action", action)))
                .get("MpaTeamArn").asText()).isEqualTo(TEAM);
    }

    @Test
    void malformedRequestsAndDecisionsAreRefusedNamingTheField() throws Exception {
        HttpResponse<String> badTeam = call(OWNER, "AssociateMpaTeam", body("Action",
                "IMPORT_ROOT_PUBLIC_KEY_CERTIFICATE", "MpaTeamArn", "arn:aws:iam::111122223333:role/not-a-team"));
        assertThat(badTeam.statusCode()).isEqualTo(400);
        assertThat(badTeam.body()).contains("ValidationException").contains("MpaTeamArn");
        HttpResponse<String> badAction = call(OWNER, "GetMpaTeamAssociation", body("Action", "EXPORT_KEY"));
        assertThat(badAction.statusCode()).isEqualTo(400);
        assertThat(badAction.body()).contains("Action");
        HttpResponse<String> badDecision = decide(OWNER, "arn:aws:mpa:us-east-1:111122223333:session/t/x", "MAYBE");
        assertThat(badDecision.statusCode()).isEqualTo(400);
        assertThat(badDecision.body()).contains("Decision");
        HttpResponse<String> badArn = decide(OWNER, "../../etc/passwd", "APPROVE");
        assertThat(badArn.statusCode()).isEqualTo(400);
        assertThat(badArn.body()).contains("SessionArn");
    }

    /** The reasons of the approval worker's refusals, from the audit. */
    private static java.util.List<String> refusals() {
        return service.auditRecords().stream().filter(record -> "Event Refused".equals(
                record.path("eventName").asText()) && "MpaApprovalWorker".equals(
                record.path("serviceEventDetails").path("worker").asText()))
                .map(record -> record.path("serviceEventDetails").path("reason").asText()).toList();
    }

    private static HttpResponse<String> call(RawRequests.Signer signer, String operation, String body)
            throws Exception {
        return RawRequests.send(service.endpoint(), signer, "POST", "/", Map.of("Content-Type",
                "application/x-amz-json-1.0", "X-Amz-Target", "PaymentCryptographyControlPlane." + operation), body);
    }

    private static HttpResponse<String> decide(RawRequests.Signer signer, String sessionArn, String decision)
            throws Exception {
        return RawRequests.send(service.endpoint(), signer, "POST", SideEndpoints.MPA_DECISIONS_PATH,
                Map.of("Content-Type", "application/json"), decision(sessionArn, decision));
    }

    private static String decision(String sessionArn, String decision) {
        return body("SessionArn", sessionArn, "Decision", decision);
    }

    private static JsonNode getKey(RawRequests.Signer signer, String keyArn) throws Exception {
        return ok(call(signer, "GetKey", body("KeyIdentifier", keyArn)));
    }

    private static JsonNode association(HttpResponse<String> response) {
        return ok(response).get("MpaTeamAssociation");
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonCodec.parse(response.body());
    }

    private static String body(String... members) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < members.length; i += 2) {
            body.put(members[i], members[i + 1]);
        }
        return body.toString();
    }

    private static HttpResponse<String> importRoot(RawRequests.Signer signer, Authority root, String comment)
            throws Exception {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        ObjectNode material = request.putObject("KeyMaterial").putObject("RootCertificatePublicKey");
        ObjectNode attributes = material.putObject("KeyAttributes");
        attributes.put("KeyUsage", "TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE").put("KeyClass", "PUBLIC_KEY")
                .put("KeyAlgorithm", "RSA_2048").putObject("KeyModesOfUse").put("Verify", true);
        material.put("PublicKeyCertificate", CertificateIssuer.toBase64Pem(root.certificate()));
        if (comment != null) {
            request.put("RequesterComment", comment);
        }
        return call(signer, "ImportKey", request.toString());
    }

    private static Key importLeaf(Authority root, String rootArn) throws Exception {
        KeyPair leaf = rsa();
        Instant now = Instant.now();
        X509Certificate certificate = CertificateIssuer.issue(root.certificate(), root.keys().getPrivate(),
                "CN=MPA Leaf", leaf.getPublic(), CertificateIssuer.Purpose.SIGNING, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), RANDOM);
        return control.importKey(r -> r.keyMaterial(m -> m.trustedCertificatePublicKey(c -> c
                .certificateAuthorityPublicKeyIdentifier(rootArn)
                .keyAttributes(a -> a.keyUsage(KeyUsage.TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE)
                        .keyClass(KeyClass.PUBLIC_KEY).keyAlgorithm(KeyAlgorithm.RSA_2048)
                        .keyModesOfUse(u -> u.verify(true)))
                .publicKeyCertificate(CertificateIssuer.toBase64Pem(certificate))))).key();
    }

    private static Authority authority(String subject) throws Exception {
        KeyPair keys = rsa();
        Instant now = Instant.now();
        return new Authority(keys, CertificateIssuer.selfSignedAuthority(subject, keys.getPublic(), keys.getPrivate(),
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)), RANDOM));
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, RANDOM);
        return generator.generateKeyPair();
    }
}
