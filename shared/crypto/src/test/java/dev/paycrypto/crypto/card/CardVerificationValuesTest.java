package dev.paycrypto.crypto.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.Vectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** CVV / CVV2 / iCVV known answers from vectors/cvv.json (psec, jPOS and CyberChef test data, cited per vector). */
class CardVerificationValuesTest {

    static Stream<Arguments> published() {
        return Vectors.load("cvv", v -> "cvv".equals(v.get("operation").asText())).stream()
                .map(v -> Arguments.of(v.get("id").asText() + " (" + v.get("source").asText() + ")", v));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("published")
    void matchesPublishedValues(String name, JsonNode v) {
        assertThat(CardVerificationValues.cvv(SecretBytes.fromHex(v.get("cvk").asText()), v.get("pan").asText(),
                v.get("expiry").asText(), v.get("service_code").asText(), 3))
                .isEqualTo(v.get("expected").get("cvv").asText());
    }

    @Test
    void aDifferentKeyPanOrExpiryGivesADifferentValueForThePublishedCase() {
        // psec-cvv-1: CVK 9999...8888..., PAN 2222222222222222, expiry 3333, service code 111 → 361
        SecretBytes cvk = SecretBytes.fromHex("99999999999999998888888888888888");
        assertThat(CardVerificationValues.cvv(cvk, "2222222222222222", "3333", "111", 3)).isEqualTo("361");
        assertThat(CardVerificationValues.cvv(SecretBytes.fromHex("99999999999999998A88888888888888"),
                "2222222222222222", "3333", "111", 5)).doesNotStartWith("361");
    }

    @Test
    void refusesMalformedInputWithoutEchoingIt() {
        SecretBytes cvk = SecretBytes.fromHex("99999999999999998888888888888888");
        assertThatThrownBy(() -> CardVerificationValues.cvv(cvk, "22222222222", "3333", "111", 3))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("PrimaryAccountNumber")
                .hasMessageNotContaining("22222222222");
        assertThatThrownBy(() -> CardVerificationValues.cvv(cvk, "2222222222222222", "33A3", "111", 3))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("CardExpiryDate");
        assertThatThrownBy(() -> CardVerificationValues.cvv(cvk, "2222222222222222", "3333", "11", 3))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ServiceCode");
        assertThatThrownBy(() -> CardVerificationValues.cvv(SecretBytes.fromHex("9999999999999999"),
                "2222222222222222", "3333", "111", 3)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void decimalizesDigitsFirstThenLetters() {
        // the decimalisation rule of the Visa CVV algorithm, by its definition
        assertThat(Decimalization.decimalize("A1B2C3D4E5F6", 3)).isEqualTo("123");
        assertThat(Decimalization.decimalize("ABCDEF12", 4)).isEqualTo("1201");
    }
}
