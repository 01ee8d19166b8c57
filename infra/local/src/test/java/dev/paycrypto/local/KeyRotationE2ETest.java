package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycrypto.service.events.EventRefusedException;
import dev.paycrypto.service.protocol.JsonCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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

        HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        service.endpoint() + LocalRuntime.EVENTS_PATH + "?region=us-east-1&account="
                                + LocalService.ACCOUNT))
                .POST(HttpRequest.BodyPublishers.ofString("{\"detail-type\":\"Key Rotation Requested\","
                        + "\"detail\":{\"aliasName\":\"alias/rotating-dek\"}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

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
        assertThat(service.factory().bus().deadLetters()).noneMatch(letter -> letter.envelope()
                .contains("alias/rotating-dek"));
        // the request and the rotation are audited beside the API calls
        assertThat(service.auditRecords()).filteredOn(record -> "AwsServiceEvent".equals(
                record.path("eventType").asText())).extracting(record -> record.get("eventName").asText())
                .contains("Key Rotation Requested", "Key Rotated");
    }

    @Test
    void aRotationThatCannotHappenIsDeadLetteredAndListed() throws Exception {
        // the alias names no key: the worker skips it (nothing to rotate), so nothing is dead-lettered
        control.createAlias(r -> r.aliasName("alias/empty"));
        assertThat(put("{\"detail-type\":\"Key Rotation Requested\",\"detail\":{\"aliasName\":\"alias/empty\"}}")
                .statusCode()).isEqualTo(200);
        // no aliasName at all: the worker refuses it, the event ends in the dead-letter store, and the refusal is
        // audited (once, however often the bus delivered the event)
        HttpResponse<String> put = put("{\"detail-type\":\"Key Rotation Requested\",\"detail\":{}}");
        assertThat(put.statusCode()).isEqualTo(200);
        String eventId = JsonCodec.parse(put.body()).get("EventId").asText();
        HttpResponse<String> letters = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                service.endpoint() + LocalRuntime.DEAD_LETTERS_PATH)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(letters.statusCode()).isEqualTo(200);
        assertThat(letters.body()).contains("KeyRotationFunction.RotationRequested")
                .contains(EventRefusedException.class.getName()).contains("Key Rotation Requested");
        assertThat(service.factory().bus().deadLetters()).filteredOn(letter -> letter.rule()
                .equals("KeyRotationFunction.RotationRequested")).hasSize(1);
        assertThat(service.auditRecords()).filteredOn(record -> "Event Refused".equals(record.path("eventName")
                .asText()) && eventId.equals(record.path("serviceEventDetails").path("refusedEventId").asText()))
                .singleElement().satisfies(refusal -> {
                    assertThat(refusal.get("serviceEventDetails").get("worker").asText())
                            .isEqualTo("KeyRotationWorker");
                    assertThat(refusal.get("serviceEventDetails").get("reason").asText()).contains("aliasName");
                });
    }

    private static HttpResponse<String> put(String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(service.endpoint()
                        + LocalRuntime.EVENTS_PATH + "?region=us-east-1&account=" + LocalService.ACCOUNT))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void refusesAnEventOfAnUnknownDetailType() throws Exception {
        HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        service.endpoint() + LocalRuntime.EVENTS_PATH + "?region=us-east-1&account="
                                + LocalService.ACCOUNT))
                .POST(HttpRequest.BodyPublishers.ofString("{\"detail-type\":\"Object Created\",\"detail\":{}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(400);
    }

    private static EncryptDataResponse encrypt(String keyIdentifier) {
        return data.encryptData(r -> r.keyIdentifier(keyIdentifier).plainText(PLAIN)
                .encryptionAttributes(a -> a.symmetric(s -> s.mode(EncryptionMode.ECB))));
    }
}
