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

    static Stream<Arguments> publishedDynamic() {
        // jPOS derives the ICC master key by option A here; the service's dCVV has no derivation-mode input
        return Vectors.load("cvv", v -> "dcvv_jpos".equals(v.get("operation").asText())
                        && "EMV option A".equals(v.get("master_key_derivation").asText())).stream()
                .map(v -> Arguments.of(v.get("id").asText() + " (" + v.get("source").asText() + ")", v));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedDynamic")
    void dynamicCvvMatchesPublishedValues(String name, JsonNode v) {
        SecretBytes imk = SecretBytes.fromHex(v.get("imk_ac").asText());
        String expected = v.get("expected").get("dcvv").asText();
        assertThat(CardVerificationValues.dynamicCvv(imk, v.get("pan").asText(), v.get("psn").asText(),
                v.get("expiry").asText(), v.get("service_code").asText(), v.get("atc").asText(), 3))
                .isEqualTo(expected);
        // the next transaction, and the same card under another issuer key, give other values
        assertThat(CardVerificationValues.dynamicCvv(imk, v.get("pan").asText(), v.get("psn").asText(),
                v.get("expiry").asText(), v.get("service_code").asText(), "3211", 3)).isNotEqualTo(expected);
        assertThat(CardVerificationValues.dynamicCvv(SecretBytes.fromHex("0123456789ABCDEFFEDCBA9876543210"),
                v.get("pan").asText(), v.get("psn").asText(), v.get("expiry").asText(),
                v.get("service_code").asText(), v.get("atc").asText(), 3)).isNotEqualTo(expected);
    }

    @Test
    void dynamicCvvRefusesMalformedCounters() {
        SecretBytes imk = SecretBytes.fromHex("12345678123456781234567812345678");
        assertThatThrownBy(() -> CardVerificationValues.dynamicCvv(imk, "1234567890123456", "00", "1310", "226",
                "12345", 3)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ApplicationTransactionCounter");
        assertThatThrownBy(() -> CardVerificationValues.dynamicCvv(imk, "1234567890123456", "0", "1310", "226",
                "3210", 3)).isInstanceOf(InvalidInputException.class).hasMessageContaining("PanSequenceNumber");
        // a short counter is the same counter, left-padded
        assertThat(CardVerificationValues.dynamicCvv(imk, "1234567890123456", "00", "1310", "226", "0010", 5))
                .isEqualTo(CardVerificationValues.dynamicCvv(imk, "1234567890123456", "00", "1310", "226", "10", 5));
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
