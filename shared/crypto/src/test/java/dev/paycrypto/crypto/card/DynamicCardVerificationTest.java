package dev.paycrypto.crypto.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.KeyCheckValues;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.Vectors;
import dev.paycrypto.crypto.emv.EmvKeys;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Mastercard CVC3 against vectors/cvv.json (pyemv and jPOS test suites, source per vector). */
class DynamicCardVerificationTest {

    static Stream<Arguments> cvc3() {
        return Vectors.load("cvv", v -> "cvc3".equals(v.get("operation").asText())).stream()
                .map(v -> Arguments.of(v.get("id").asText(), v));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cvc3")
    void cvc3(String id, JsonNode v) {
        SecretBytes icc = EmvKeys.iccMasterKeyOptionA(SecretBytes.fromHex(v.get("issuer_cvc3_key").asText()),
                v.get("pan").asText(), v.get("psn").asText());
        if (v.has("icc_cvc3_key_kcv")) {
            assertThat(Hex.encode(Arrays.copyOf(KeyCheckValues.ansiX924(icc), 2)))
                    .isEqualTo(v.get("icc_cvc3_key_kcv").asText());
        }
        byte[] iv = v.has("ivcvc3") ? Hex.decode(v.get("ivcvc3").asText())
                : DynamicCardVerification.ivCvc3(icc, Hex.decode(v.get("track_data_hex").asText()));
        String value = DynamicCardVerification.cvc3(icc, iv, Hex.decode(v.get("unpredictable_number").asText()),
                Hex.decode(v.get("atc").asText()), 5);
        JsonNode expected = v.get("expected");
        if (expected.has("cvc3")) {
            assertThat(value).isEqualTo(expected.get("cvc3").asText());
        } else {
            assertThat(value).endsWith(expected.get("cvc3_last_3_digits").asText());
        }
    }

    @Test
    void refusesMalformedInput() {
        SecretBytes key = SecretBytes.fromHex("01234567899876543210012345678998");
        assertThatThrownBy(() -> DynamicCardVerification.cvc3(key, new byte[2], new byte[3], new byte[2], 3))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DynamicCardVerification.cvc3(key, new byte[2], new byte[4], new byte[2], 6))
                .isInstanceOf(InvalidInputException.class);
    }
}
