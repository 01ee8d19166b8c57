package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.paymentcryptography.PaymentCryptographyClient;
import software.amazon.awssdk.services.paymentcryptography.model.ConflictException;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyClass;
import software.amazon.awssdk.services.paymentcryptography.model.KeyState;
import software.amazon.awssdk.services.paymentcryptography.model.KeySummary;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptography.model.ResourceNotFoundException;
import software.amazon.awssdk.services.paymentcryptography.model.ValidationException;

/** Key lifecycle through the official SDK v2 clients: usage on/off, scheduled deletion, restore, regions. */
class KeyLifecycleE2ETest extends LocalServiceTest {

    static PaymentCryptographyClient controlWest;

    @BeforeAll
    static void westClient() {
        controlWest = service.control(Region.US_WEST_2);
    }


    static Key createCvk(PaymentCryptographyClient client) {
        return client.createKey(r -> r.exportable(true).keyAttributes(a -> a
                .keyAlgorithm(KeyAlgorithm.TDES_2_KEY)
                .keyUsage(KeyUsage.TR31_C0_CARD_VERIFICATION_KEY)
                .keyClass(KeyClass.SYMMETRIC_KEY)
                .keyModesOfUse(m -> m.generate(true).verify(true)))).key();
    }

    static String generateCvv2(String keyIdentifier) {
        return data.generateCardValidationData(r -> r.keyIdentifier(keyIdentifier)
                .primaryAccountNumber("171234567890123")
                .generationAttributes(g -> g.cardVerificationValue2(c -> c.cardExpiryDate("0123")))).validationData();
    }

    static void assertConflict(Executable call) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.statusCode()).isEqualTo(409));
    }

    @Test
    void stopAndStartKeyUsage() {
        Key key = createCvk(control);
        String before = generateCvv2(key.keyArn());
        assertThat(before).matches("[0-9]{3}");

        Key stopped = control.stopKeyUsage(r -> r.keyIdentifier(key.keyArn())).key();
        assertThat(stopped.enabled()).isFalse();
        assertThat(stopped.keyState()).isEqualTo(KeyState.CREATE_COMPLETE);
        assertThat(control.getKey(r -> r.keyIdentifier(key.keyArn())).key().enabled()).isFalse();

        assertThatThrownBy(() -> generateCvv2(key.keyArn()))
                .isInstanceOfSatisfying(software.amazon.awssdk.services.paymentcryptographydata.model
                        .ValidationException.class, e -> assertThat(e.statusCode()).isEqualTo(400));

        Key started = control.startKeyUsage(r -> r.keyIdentifier(key.keyArn())).key();
        assertThat(started.enabled()).isTrue();
        assertThat(generateCvv2(key.keyArn())).isEqualTo(before);
    }

    @Test
    void deleteKeyDefaultsToSevenDays() {
        Key key = createCvk(control);
        Key deleted = control.deleteKey(r -> r.keyIdentifier(key.keyArn())).key();
        assertThat(deleted.keyState()).isEqualTo(KeyState.DELETE_PENDING);
        assertThat(deleted.enabled()).isFalse();
        assertThat(deleted.deletePendingTimestamp()).isNotNull();
        Duration wait = Duration.between(key.createTimestamp(), deleted.deletePendingTimestamp());
        assertThat(wait).isBetween(Duration.ofDays(7).minusSeconds(2), Duration.ofDays(7).plusSeconds(2));
    }

    @Test
    void deleteKeyInThreeDays() {
        Key key = createCvk(control);
        Key deleted = control.deleteKey(r -> r.keyIdentifier(key.keyArn()).deleteKeyInDays(3)).key();
        assertThat(deleted.keyState()).isEqualTo(KeyState.DELETE_PENDING);
        assertThat(deleted.enabled()).isFalse();
        Duration wait = Duration.between(key.createTimestamp(), deleted.deletePendingTimestamp());
        assertThat(wait).isBetween(Duration.ofDays(3).minusSeconds(2), Duration.ofDays(3).plusSeconds(2));
    }

    @Test
    void deleteKeyInDaysOutOfRangeIsRefused() {
        Key key = createCvk(control);
        for (int days : List.of(2, 181)) {
            assertThatThrownBy(() -> control.deleteKey(r -> r.keyIdentifier(key.keyArn()).deleteKeyInDays(days)))
                    .as("DeleteKeyInDays %d", days)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.statusCode()).isEqualTo(400));
        }
        Key unchanged = control.getKey(r -> r.keyIdentifier(key.keyArn())).key();
        assertThat(unchanged.keyState()).isEqualTo(KeyState.CREATE_COMPLETE);
        assertThat(unchanged.enabled()).isTrue();
        assertThat(unchanged.deletePendingTimestamp()).isNull();
    }

    @Test
    void pendingKeyCanBeReadButNotChangedOrUsed() {
        Key key = createCvk(control);
        control.tagResource(r -> r.resourceArn(key.keyArn()).tags(t -> t.key("team").value("cards")));
        control.deleteKey(r -> r.keyIdentifier(key.keyArn()));
        String arn = key.keyArn();

        Key pending = control.getKey(r -> r.keyIdentifier(arn)).key();
        assertThat(pending.keyState()).isEqualTo(KeyState.DELETE_PENDING);
        assertThat(pending.enabled()).isFalse();

        List<KeySummary> all = control.listKeysPaginator(r -> { }).keys().stream().toList();
        assertThat(all).filteredOn(k -> k.keyArn().equals(arn)).singleElement()
                .satisfies(k -> {
                    assertThat(k.keyState()).isEqualTo(KeyState.DELETE_PENDING);
                    assertThat(k.enabled()).isFalse();
                });
        assertThat(control.listKeysPaginator(r -> r.keyState(KeyState.DELETE_PENDING)).keys().stream()
                .map(KeySummary::keyArn)).contains(arn);

        assertConflict(() -> control.startKeyUsage(r -> r.keyIdentifier(arn)));
        assertConflict(() -> control.stopKeyUsage(r -> r.keyIdentifier(arn)));
        assertConflict(() -> control.tagResource(r -> r.resourceArn(arn).tags(t -> t.key("a").value("b"))));
        assertConflict(() -> control.untagResource(r -> r.resourceArn(arn).tagKeys("team")));
        assertConflict(() -> control.listTagsForResource(r -> r.resourceArn(arn)));
        assertConflict(() -> control.deleteKey(r -> r.keyIdentifier(arn)));

        assertThatThrownBy(() -> generateCvv2(arn))
                .isInstanceOfSatisfying(software.amazon.awssdk.services.paymentcryptographydata.model
                        .ValidationException.class, e -> assertThat(e.statusCode()).isEqualTo(400));

        Key still = control.getKey(r -> r.keyIdentifier(arn)).key();
        assertThat(still.keyState()).isEqualTo(KeyState.DELETE_PENDING);
        assertThat(still.deletePendingTimestamp()).isEqualTo(pending.deletePendingTimestamp());
    }

    @Test
    void restoreKeyLeavesItDisabled() {
        Key key = createCvk(control);
        control.deleteKey(r -> r.keyIdentifier(key.keyArn()).deleteKeyInDays(3));

        Key restored = control.restoreKey(r -> r.keyIdentifier(key.keyArn())).key();
        assertThat(restored.keyState()).isEqualTo(KeyState.CREATE_COMPLETE);
        assertThat(restored.enabled()).isFalse();
        assertThat(restored.deletePendingTimestamp()).isNull();

        Key read = control.getKey(r -> r.keyIdentifier(key.keyArn())).key();
        assertThat(read.keyState()).isEqualTo(KeyState.CREATE_COMPLETE);
        assertThat(read.enabled()).isFalse();
        assertThat(read.deletePendingTimestamp()).isNull();

        assertConflict(() -> control.restoreKey(r -> r.keyIdentifier(key.keyArn())));

        assertThat(control.startKeyUsage(r -> r.keyIdentifier(key.keyArn())).key().enabled()).isTrue();
        assertThat(generateCvv2(key.keyArn())).matches("[0-9]{3}");
    }

    @Test
    void restoreKeyOfKeyNotPendingIsAConflict() {
        Key key = createCvk(control);
        assertConflict(() -> control.restoreKey(r -> r.keyIdentifier(key.keyArn())));
        assertThat(control.getKey(r -> r.keyIdentifier(key.keyArn())).key().keyState())
                .isEqualTo(KeyState.CREATE_COMPLETE);
    }

    @Test
    void unknownKeyIsNotFoundWithItsIdentifier() {
        String arn = "arn:aws:payment-cryptography:us-east-1:" + LocalService.ACCOUNT + ":key/abcdefghijklmnop";
        assertThatThrownBy(() -> control.getKey(r -> r.keyIdentifier(arn)))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.resourceId()).isEqualTo(arn);
                });
    }

    @Test
    void keysAreRegional() {
        Key east = createCvk(control);
        Key west = createCvk(controlWest);
        assertThat(west.keyArn()).startsWith("arn:aws:payment-cryptography:us-west-2:" + LocalService.ACCOUNT + ":key/");

        assertThatThrownBy(() -> control.getKey(r -> r.keyIdentifier(west.keyArn())))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> controlWest.getKey(r -> r.keyIdentifier(east.keyArn())))
                .isInstanceOf(ResourceNotFoundException.class);

        List<String> westKeys = controlWest.listKeysPaginator(r -> { }).keys().stream().map(KeySummary::keyArn).toList();
        assertThat(westKeys).contains(west.keyArn()).doesNotContain(east.keyArn());
        List<String> eastKeys = control.listKeysPaginator(r -> { }).keys().stream().map(KeySummary::keyArn).toList();
        assertThat(eastKeys).contains(east.keyArn()).doesNotContain(west.keyArn());
        assertThat(controlWest.getKey(r -> r.keyIdentifier(west.keyArn())).key().keyArn()).isEqualTo(west.keyArn());
    }
}
