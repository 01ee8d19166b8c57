package dev.paycrypto.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The secret holder: closing wipes it, copies are independent, its string form names no byte of it. */
class SecretBytesTest {

    @Test
    void closingAtTheEndOfTryWithResourcesWipesTheSecret() {
        SecretBytes secret = SecretBytes.fromHex("0123456789ABCDEF");
        try (SecretBytes scoped = secret) {
            assertThat(Hex.encode(scoped.copy())).isEqualTo("0123456789ABCDEF");
        }
        assertThat(secret.copy()).hasSize(8).containsOnly((byte) 0);
        secret.close();
        assertThat(secret.copy()).containsOnly((byte) 0);
    }

    @Test
    void copiesInAndOutAreIndependentOfTheSecret() {
        byte[] given = Hex.decode("00112233");
        SecretBytes secret = SecretBytes.of(given);
        given[0] = 0x7F;
        byte[] taken = secret.copy();
        taken[1] = 0x7F;
        assertThat(Hex.encode(secret.copy())).isEqualTo("00112233");
    }

    @Test
    void wipeAllZeroesEveryArrayAndSkipsNulls() {
        byte[] first = Hex.decode("0102");
        byte[] second = Hex.decode("FFFFFF");
        SecretBytes.wipeAll(first, null, second);
        assertThat(first).containsOnly((byte) 0);
        assertThat(second).hasSize(3).containsOnly((byte) 0);
    }

    @Test
    void itsStringFormShowsOnlyTheLength() {
        SecretBytes secret = SecretBytes.fromHex("0123456789ABCDEF");
        assertThat(secret.toString()).isEqualTo("SecretBytes[redacted, 8 bytes]").doesNotContain("0123", "89AB");
    }

    @Test
    void aDuplicateHoldsTheSameBytesAndOutlivesTheOriginalsWipe() {
        SecretBytes original = SecretBytes.fromHex("0123456789ABCDEF");
        SecretBytes duplicate = original.duplicate();
        original.wipe();
        assertThat(duplicate.copy()).isEqualTo(Hex.decode("0123456789ABCDEF"));
        assertThat(original.copy()).containsOnly((byte) 0);
    }
}
