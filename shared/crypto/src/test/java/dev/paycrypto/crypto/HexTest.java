package dev.paycrypto.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Hex text and the nibble access that reads and writes hex digits of secret fields without a String. */
class HexTest {

    @Test
    void nibblesAreTheHexDigitsHighFirst() {
        byte[] bytes = Hex.decode("0A1B2C");
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            digits.append(Character.toUpperCase(Character.forDigit(Hex.nibble(bytes, i), 16)));
        }
        assertThat(digits).hasToString("0A1B2C");
    }

    @Test
    void settingANibbleLeavesItsNeighbourAlone() {
        byte[] bytes = Hex.decode("FFFF");
        Hex.setNibble(bytes, 0, 0x4);
        Hex.setNibble(bytes, 3, 0x0);
        assertThat(Hex.encode(bytes)).isEqualTo("4FF0");
    }

    @Test
    void decodesEitherCaseAndRefusesNonHex() {
        assertThat(Hex.encode(Hex.decode("abCD"))).isEqualTo("ABCD");
        assertThatThrownBy(() -> Hex.decode("ABC")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Hex.decode("GG")).isInstanceOf(InvalidInputException.class);
    }
}
