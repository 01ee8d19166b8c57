package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycrypto.app.events.EventRefusedException;
import dev.paycrypto.app.json.JsonCodec;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyClass;
import software.amazon.awssdk.services.paymentcryptography.model.KeyState;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptographydata.model.EncryptDataResponse;
import software.amazon.awssdk.services.paymentcryptographydata.model.EncryptionMode;

/**
 * Key rotation by event end to end: a Key Rotation Requested put on the local bus by hand moves the alias to a new
 * key of the same kind; data encrypted under the old key still decrypts with the old key, and the alias now
 * encrypts under the new one.
 */
class KeyRotationE2ETest extends LocalServiceTest {

    private static final String PLAIN = "6BC1BEE22E409F96E93D7E117393172A";

    @Test
    void rotatesTheAliasAndKeepsTheOldKeyUsable() throws Exception {
        Key old = control.createKey(r -> r.exportable(true).keyAttributes(a -> a.keyAlgorithm(KeyAlgorithm.AES_128)
                .keyUsage(KeyUsage.TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY).keyClass(KeyClass.SYMMETRIC_KEY)
                .keyModesOfUse(m -> m.encrypt(true).decrypt(true).wrap(true).unwrap(true)))).key();
        control.createAlias(r -> r.aliasName("alias/rotating-dek").keyArn(old.keyArn()));
        EncryptDataResponse before = encrypt("alias/rotating-dek");
        assertThat(before.keyArn()).isEqualTo(old.keyArn());

        HttpResponse<String> put = put("{\"detail-type\":\"Key Rotation Requested\","
                + "\"detail\":{\"aliasName\":\"alias/rotating-dek\"}}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        service.settle();

        String rotatedArn = control.getAlias(r -> r.aliasName("alias/rotating-dek")).alias().keyArn();
        assertThat(rotatedArn).isNotEqualTo(old.keyArn());
        Key rotated = control.getKey(r -> r.keyIdentifier(rotatedArn)).key();
        assertThat(rotated.keyAttributes()).isEqualTo(old.keyAttributes());
        assertThat(rotated.keyState()).isEqualTo(KeyState.CREATE_COMPLETE);
        assertThat(encrypt("alias/rotating-dek").keyArn()).isEqualTo(rotatedArn);
        // data under the old key opens with the old key, which stays as it was
        assertThat(data.decryptData(r -> r.keyIdentifier(old.keyArn()).cipherText(before.cipherText())
                .decryptionAttributes(a -> a.symmetric(s -> s.mode(EncryptionMode.ECB)))).plainText())
                .isEqualTo(PLAIN);
        assertThat(control.getKey(r -> r.keyIdentifier(old.keyArn())).key().enabled()).isTrue();
        assertThat(service.factory().bus().deadLetters().all(1000)).noneMatch(letter -> letter.envelope()
                .contains("alias/rotating-dek"));
        // the request and the rotation are audited beside the API calls
        assertThat(service.auditRecords()).filteredOn(record -> "AwsServiceEvent".equals(
                record.path("eventType").asText())).extracting(record -> record.get("eventName").asText())
                .contains("Key Rotation Requested", "Key Rotated");
    }

    @Test
    void aRotationOfAnAliasThatNamesNoKeyChangesNothing() throws Exception {
        control.createAlias(r -> r.aliasName("alias/empty"));
        assertThat(put("{\"detail-type\":\"Key Rotation Requested\",\"detail\":{\"aliasName\":\"alias/empty\"}}")
                .statusCode()).isEqualTo(200);
        service.settle();
        assertThat(control.getAlias(r -> r.aliasName("alias/empty")).alias().keyArn()).isNull();
    }

    @Test
    void aRotationTheStoredStateContradictsIsRefusedDeadLetteredAndAuditedOnce() throws Exception {
        Key pending = E2E.createCvk(control);
        control.createAlias(r -> r.aliasName("alias/being-deleted").keyArn(pending.keyArn()));
        control.deleteKey(r -> r.keyIdentifier(pending.keyArn()));
        HttpResponse<String> put = put("{\"detail-type\":\"Key Rotation Requested\","
                + "\"detail\":{\"aliasName\":\"alias/being-deleted\"}}");
        assertThat(put.statusCode()).isEqualTo(200);
        String eventId = JsonCodec.parse(put.body()).get("EventId").asText();
        service.settle();
        // nothing rotated: the alias still names the key pending deletion
        assertThat(control.getAlias(r -> r.aliasName("alias/being-deleted")).alias().keyArn())
                .isEqualTo(pending.keyArn());
        HttpResponse<String> letters = RawRequests.send(service.endpoint(), RawRequests.Signer.DEFAULT, "GET",
                SideEndpoints.DEAD_LETTERS_PATH, java.util.Map.of(), null);
        assertThat(letters.statusCode()).isEqualTo(200);
        assertThat(letters.body()).contains("KeyRotationFunction.RotationRequested")
                .contains(EventRefusedException.class.getName()).contains(eventId);
        assertThat(service.auditRecords()).filteredOn(record -> "Event Refused".equals(record.path("eventName")
                .asText()) && eventId.equals(record.path("serviceEventDetails").path("refusedEventId").asText()))
                .singleElement().satisfies(refusal -> {
                    assertThat(refusal.get("serviceEventDetails").get("worker").asText()).isEqualTo("KeyRotationWorker");
                    assertThat(refusal.get("serviceEventDetails").get("reason").asText()).contains("pending deletion");
                });
    }

    @Test
    void theEventsEndpointTakesOnlyWellFormedOperatorEvents() throws Exception {
        HttpResponse<String> noAlias = put("{\"detail-type\":\"Key Rotation Requested\",\"detail\":{}}");
        assertThat(noAlias.statusCode()).isEqualTo(400);
        assertThat(noAlias.body()).contains("ValidationException").contains("aliasName");
        HttpResponse<String> unknown = put("{\"detail-type\":\"Object Created\",\"detail\":{}}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("ValidationException").contains("detail-type");
    }

    private static HttpResponse<String> put(String body) throws Exception {
        return RawRequests.send(service.endpoint(), RawRequests.Signer.DEFAULT, "POST", SideEndpoints.EVENTS_PATH,
                java.util.Map.of("Content-Type", "application/json"), body);
    }

    private static EncryptDataResponse encrypt(String keyIdentifier) {
        return data.encryptData(r -> r.keyIdentifier(keyIdentifier).plainText(PLAIN)
                .encryptionAttributes(a -> a.symmetric(s -> s.mode(EncryptionMode.ECB))));
    }
}
