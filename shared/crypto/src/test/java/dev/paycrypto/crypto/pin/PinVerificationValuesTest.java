package dev.paycrypto.crypto.pin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.Vectors;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Visa PVV (vectors/pvv.json: psec, CyberChef's AWS comparison, an AWS proxy's live data) and IBM 3624
 * (vectors/ibm3624.json: psec, AWS proxy data), each vector's source in the file.
 */
class PinVerificationValuesTest {

    private static SecretBytes pin(String digits) {
        return SecretBytes.of(digits.getBytes(StandardCharsets.US_ASCII));
    }

    static Stream<Arguments> pvv() {
        return Vectors.load("pvv", v -> true).stream().map(v -> Arguments.of(v.get("id").asText(), v));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pvv")
    void visaPvv(String id, JsonNode v) {
        String pan = v.has("pan") ? v.get("pan").asText()
                : "0" + v.get("pan_rightmost_12_excluding_check_digit").asText() + "9";
        assertThat(PinVerificationValues.visaPvv(SecretBytes.fromHex(v.get("pvk").asText()), pan,
                v.get("pvki").asInt(), pin(v.get("pin").asText()))).isEqualTo(v.get("expected").get("pvv").asText());
    }

    static Stream<Arguments> ibm3624() {
        return Vectors.load("ibm3624", v -> true).stream().map(v -> Arguments.of(v.get("id").asText(), v));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ibm3624")
    void ibm3624(String id, JsonNode v) {
        SecretBytes pvk = SecretBytes.fromHex(v.get("pvk").asText());
        String validation = v.get("validation_data").asText();
        JsonNode source = v.get("validation_data_source");
        if (source != null) {
            assertThat(PinVerificationValues.ibm3624ValidationData(source.get("pan").asText(),
                    source.get("offset").asInt(), source.get("length").asInt(), source.get("pad_char").asText().charAt(0)))
                    .isEqualTo(validation);
        }
        String table = v.get("decimalization_table").asText();
        JsonNode expected = v.get("expected");
        if ("ibm3624_offset".equals(v.get("operation").asText())) {
            String natural = PinVerificationValues.ibm3624NaturalPin(pvk, validation, table, v.get("pin").asText().length());
            if (expected.has("natural_pin")) {
                assertThat(natural).isEqualTo(expected.get("natural_pin").asText());
            }
            assertThat(PinVerificationValues.ibm3624Offset(natural, pin(v.get("pin").asText())))
                    .isEqualTo(expected.get("pin_offset").asText());
        } else {
            String offset = v.get("pin_offset").asText();
            String natural = PinVerificationValues.ibm3624NaturalPin(pvk, validation, table, offset.length());
            assertThat(new String(PinVerificationValues.ibm3624PinFromOffset(natural, offset).copy(),
                    StandardCharsets.US_ASCII)).isEqualTo(expected.get("pin").asText());
        }
    }
}
