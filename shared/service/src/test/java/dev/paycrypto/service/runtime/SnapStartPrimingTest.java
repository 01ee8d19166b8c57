package dev.paycrypto.service.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/**
 * The SnapStart priming runs every known-answer self-test with the right answer, and it is what the checkpoint
 * hook runs. (A wrong answer throws and so would fail the checkpoint; each test's vector is named in the class.)
 */
class SnapStartPrimingTest {

    @Test
    void everySelfTestPasses() {
        assertThat(SnapStartPriming.prime()).containsExactly("service models", "JSON codec", "typed binding", "CVV",
                "TDES key check value", "AES CMAC", "retail MAC", "PIN block", "TR-31");
    }

    @Test
    void theCheckpointHookPrimesAndRegisteringTwiceIsHarmless() {
        SnapStartPriming.register();
        SnapStartPriming.register();
        assertThatCode(() -> {
            SnapStartPriming priming = SnapStartPriming.instance();
            priming.beforeCheckpoint(null);
            priming.afterRestore(null);
        }).doesNotThrowAnyException();
    }
}
