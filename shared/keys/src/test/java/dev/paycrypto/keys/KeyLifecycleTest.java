package dev.paycrypto.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The state machine of "Managing keys" and the DeleteKey / RestoreKey / Start / StopKeyUsage API pages. */
class KeyLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static StoredKey enabledKey() {
        return StoredKey.builder().account("111122223333").keyId("abcdefghijklmnop")
                .keyArn("arn:aws:payment-cryptography:us-east-1:111122223333:key/abcdefghijklmnop")
                .attributes(new KeyAttributes(KeyUsage.TR31_C0_CARD_VERIFICATION_KEY, KeyClass.SYMMETRIC_KEY,
                        KeyAlgorithm.TDES_2KEY, KeyModesOfUse.GENERATE_VERIFY))
                .keyCheckValue("08D7B4").keyCheckValueAlgorithm(KeyCheckValueAlgorithm.ANSI_X9_24)
                .enabled(true).exportable(true).keyState(KeyState.CREATE_COMPLETE)
                .keyOrigin(KeyOrigin.AWS_PAYMENT_CRYPTOGRAPHY).createTimestamp(NOW.minusSeconds(60))
                .usageStartTimestamp(NOW.minusSeconds(60)).keyBlock("D0000...").version(1).build();
    }

    @Test
    void anEnabledKeyIsUsable() {
        assertThat(KeyLifecycle.unusableReason(enabledKey(), NOW)).isEmpty();
    }

    @Test
    void aKeyWaitingForAMultiPartyApprovalIsNeitherUsableNorManageable() {
        StoredKey pending = enabledKey().toBuilder().keyState(KeyState.CREATE_IN_PROGRESS).build();
        assertThat(KeyLifecycle.unusableReason(pending, NOW)).contains("is not in state CREATE_COMPLETE");
        assertThat(KeyLifecycle.isManageable(pending)).isFalse();
    }

    @Test
    void deletionDisablesAndSchedules() {
        StoredKey pending = KeyLifecycle.scheduleDeletion(enabledKey(), NOW, 7);
        assertThat(pending.keyState()).isEqualTo(KeyState.DELETE_PENDING);
        assertThat(pending.enabled()).isFalse();
        assertThat(pending.deletePendingTimestamp()).isEqualTo(NOW.plus(Duration.ofDays(7)));
        assertThat(KeyLifecycle.unusableReason(pending, NOW)).contains("is pending deletion");
        assertThat(KeyLifecycle.isManageable(pending)).isFalse();
        assertThat(KeyLifecycle.isDueForPurge(pending, NOW.plus(Duration.ofDays(6)))).isFalse();
        assertThat(KeyLifecycle.isDueForPurge(pending, NOW.plus(Duration.ofDays(7)))).isTrue();
    }

    @Test
    void restoreCancelsDeletionButLeavesTheKeyDisabled() {
        StoredKey restored = KeyLifecycle.restore(KeyLifecycle.scheduleDeletion(enabledKey(), NOW, 3));
        assertThat(restored.keyState()).isEqualTo(KeyState.CREATE_COMPLETE);
        assertThat(restored.deletePendingTimestamp()).isNull();
        assertThat(KeyLifecycle.unusableReason(restored, NOW)).contains("is disabled");
        assertThat(KeyLifecycle.unusableReason(KeyLifecycle.startUsage(restored, NOW), NOW)).isEmpty();
    }

    @Test
    void stopAndStartUsage() {
        StoredKey stopped = KeyLifecycle.stopUsage(enabledKey(), NOW);
        assertThat(KeyLifecycle.unusableReason(stopped, NOW)).contains("is disabled");
        StoredKey started = KeyLifecycle.startUsage(stopped, NOW.plusSeconds(1));
        assertThat(started.usageStopTimestamp()).isNull();
        assertThat(KeyLifecycle.unusableReason(started, NOW.plusSeconds(1))).isEmpty();
    }

    @Test
    void aKeyIsNotUsableBeforeItsUsageStarts() {
        StoredKey future = enabledKey().toBuilder().usageStartTimestamp(NOW.plusSeconds(3600)).build();
        assertThat(KeyLifecycle.unusableReason(future, NOW)).contains("is not yet active");
    }
}
