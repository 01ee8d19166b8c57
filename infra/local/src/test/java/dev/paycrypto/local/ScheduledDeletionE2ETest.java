package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paycrypto.keys.KeyLifecycle;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyState;
import software.amazon.awssdk.services.paymentcryptography.model.ResourceNotFoundException;

/**
 * Scheduled deletion end to end: DeleteKey's event makes the scheduler worker set a one-time schedule at the
 * pending time; when the service's clock reaches it the purge worker deletes the key and unassigns its aliases.
 * RestoreKey before the time wins.
 */
class ScheduledDeletionE2ETest extends LocalServiceTest {

    @Test
    void aKeyIsPurgedWhenItsWaitingPeriodEndsAndItsAliasUnassigned() {
        Key key = E2E.createCvk(control);
        control.createAlias(r -> r.aliasName("alias/to-be-purged").keyArn(key.keyArn()));
        assertThat(control.deleteKey(r -> r.keyIdentifier(key.keyArn())).key().keyState())
                .isEqualTo(KeyState.DELETE_PENDING);
        service.settle();
        assertThat(service.factory().scheduler().pending()).isEqualTo(1);

        service.advance(Duration.ofDays(6));
        assertThat(service.runDueSchedules()).isZero();
        assertThat(control.getKey(r -> r.keyIdentifier(key.keyArn())).key().keyState())
                .isEqualTo(KeyState.DELETE_PENDING);

        service.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(service.runDueSchedules()).isEqualTo(1);
        assertThatThrownBy(() -> control.getKey(r -> r.keyIdentifier(key.keyArn())))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(control.getAlias(r -> r.aliasName("alias/to-be-purged")).alias().keyArn()).isNull();
        assertThat(service.factory().bus().deadLetters().all(100)).isEmpty();
    }

    @Test
    void theTemplatesDailySweepPurgesAKeyWhoseScheduleWasLost() {
        // a key pending deletion with no one-time schedule (as after a restart of the local service)
        Key key = E2E.createCvk(control);
        String keyId = key.keyArn().substring(key.keyArn().lastIndexOf('/') + 1);
        service.factory().services("us-east-1").keyStore().updateKey(LocalService.ACCOUNT, keyId, stored ->
                KeyLifecycle.scheduleDeletion(stored, Instant.now(), 3));
        service.advance(Duration.ofDays(2));
        service.runDueSchedules();
        assertThat(control.getKey(r -> r.keyIdentifier(key.keyArn())).key().keyState())
                .isEqualTo(KeyState.DELETE_PENDING);
        // DailyPurgeSweepRule (rate(1 day)) runs on the service's clock: the sweep finds the key due
        service.advance(Duration.ofDays(2));
        service.runDueSchedules();
        assertThatThrownBy(() -> control.getKey(r -> r.keyIdentifier(key.keyArn())))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aKeyRestoredBeforeItsTimeStays() {
        Key key = E2E.createCvk(control);
        control.deleteKey(r -> r.keyIdentifier(key.keyArn()).deleteKeyInDays(3));
        control.restoreKey(r -> r.keyIdentifier(key.keyArn()));

        service.advance(Duration.ofDays(4));
        service.runDueSchedules();
        Key after = control.getKey(r -> r.keyIdentifier(key.keyArn())).key();
        assertThat(after.keyState()).isEqualTo(KeyState.CREATE_COMPLETE);
        assertThat(after.deletePendingTimestamp()).isNull();
        assertThat(service.factory().bus().deadLetters().all(100)).isEmpty();
    }
}
