package dev.paycrypto.crypto.emv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.Vectors;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The offline PIN change script in one operation, against the published scripts of vectors/emv_pin_change.json
 * (pyemv tests/test_sm_hsm.py, cited per vector): ISO 9564-1 format 2 under M/Chip and CCD encipherment, the VIS
 * PIN block with and without the current PIN.
 */
class PinChangeScriptTest {

    static Stream<Arguments> scripts() {
        return Vectors.load("emv_pin_change", v -> "pin_change_script".equals(v.get("operation").asText())).stream()
                .map(v -> Arguments.of(v.get("id").asText() + " (" + v.get("source").asText() + ")", v));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void generatesThePublishedEncipheredPinBlockAndMac(String name, JsonNode v) {
        Keys keys = keys(v);
        try (PinChangeScript.CardPinBlock cardPinBlock = cardPinBlock(v, keys)) {
            PinChangeScript.Result script = PinChangeScript.generate(pin(v.get("pin").asText()), cardPinBlock,
                    keys.confidentiality(), encipherment(v), keys.integrity(), hex(v, "command_header"));
            assertThat(Hex.encode(script.encipheredPinBlock()))
                    .isEqualTo(v.get("expected").get("command_data").asText());
            assertThat(Hex.encode(script.mac())).isEqualTo(v.get("expected").get("mac").asText());
        }
    }

    @Test
    void aVisBlockKeepsItsOwnCopiesAndClosingWipesThem() {
        JsonNode v = Vectors.load("emv_pin_change", n -> "pyemv-test_vis_change_change_current_pin"
                .equals(n.get("id").asText())).get(0);
        Keys keys = keys(v);
        SecretBytes currentPin = pin(v.get("current_pin").asText());
        PinChangeScript.CardPinBlock cardPinBlock = PinChangeScript.CardPinBlock.vis(keys.acMaster(), currentPin);
        keys.acMaster().close();
        currentPin.close();
        PinChangeScript.Result script = PinChangeScript.generate(pin(v.get("pin").asText()), cardPinBlock,
                keys.confidentiality(), SecureMessaging.Encipherment.VISA, keys.integrity(), hex(v, "command_header"));
        assertThat(Hex.encode(script.mac())).isEqualTo(v.get("expected").get("mac").asText());
        assertThat(cardPinBlock.toString()).isEqualTo("CardPinBlock[VIS, with the current PIN]");

        // closed, its current PIN is zeros, which is no PIN
        cardPinBlock.close();
        assertThatThrownBy(() -> PinChangeScript.generate(pin(v.get("pin").asText()), cardPinBlock,
                keys.confidentiality(), SecureMessaging.Encipherment.VISA, keys.integrity(), hex(v, "command_header")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesABadPinOrSessionKeyWithoutNamingThePin() {
        SecretBytes key = SecretBytes.fromHex("0123456789ABCDEFFEDCBA9876543210");
        byte[] header = Hex.decode("8424000210");
        assertThatThrownBy(() -> PinChangeScript.generate(pin("98765432109876"),
                PinChangeScript.CardPinBlock.iso9564Format2(), key, SecureMessaging.Encipherment.EMV, key, header))
                .isInstanceOf(InvalidInputException.class).hasMessageNotContaining("98765432109876");
        assertThatThrownBy(() -> PinChangeScript.generate(pin("9999"), PinChangeScript.CardPinBlock.iso9564Format2(),
                SecretBytes.fromHex("0123456789ABCDEF"), SecureMessaging.Encipherment.EMV, key, header))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PinChangeScript.generate(pin("9999"),
                PinChangeScript.CardPinBlock.vis(key, pin("12345678901234")), key, SecureMessaging.Encipherment.VISA,
                key, header)).isInstanceOf(InvalidInputException.class).hasMessageNotContaining("1234567890");
    }

    /** The card's keys by EMV option A and its session keys, as the vector derives them. */
    private record Keys(SecretBytes confidentiality, SecretBytes integrity, SecretBytes acMaster) {
    }

    private static Keys keys(JsonNode v) {
        String pan = v.get("pan").asText();
        String psn = v.get("psn").asText();
        SecretBytes mkSmc = EmvKeys.iccMasterKeyOptionA(SecretBytes.fromHex(v.get("imk_smc").asText()), pan, psn);
        SecretBytes mkSmi = EmvKeys.iccMasterKeyOptionA(SecretBytes.fromHex(v.get("imk_smi").asText()), pan, psn);
        JsonNode derivation = v.get("session_key_derivation");
        SecretBytes skSmc = derivation.has("r") ? EmvKeys.commonSessionKey(mkSmc, hex(derivation, "r"))
                : EmvKeys.visaSecureMessagingSessionKey(mkSmc, hex(derivation, "atc"));
        SecretBytes skSmi = derivation.has("r") ? EmvKeys.commonSessionKey(mkSmi, hex(derivation, "r"))
                : EmvKeys.visaSecureMessagingSessionKey(mkSmi, hex(derivation, "atc"));
        SecretBytes mkAc = v.has("imk_ac")
                ? EmvKeys.iccMasterKeyOptionA(SecretBytes.fromHex(v.get("imk_ac").asText()), pan, psn) : null;
        return new Keys(skSmc, skSmi, mkAc);
    }

    private static PinChangeScript.CardPinBlock cardPinBlock(JsonNode v, Keys keys) {
        if (keys.acMaster() == null) {
            return PinChangeScript.CardPinBlock.iso9564Format2();
        }
        return PinChangeScript.CardPinBlock.vis(keys.acMaster(),
                v.has("current_pin") ? pin(v.get("current_pin").asText()) : null);
    }

    private static SecureMessaging.Encipherment encipherment(JsonNode v) {
        return switch (v.get("encipherment").asText()) {
            case "VISA" -> SecureMessaging.Encipherment.VISA;
            case "MASTERCARD" -> SecureMessaging.Encipherment.MASTERCARD;
            default -> SecureMessaging.Encipherment.EMV;
        };
    }

    private static SecretBytes pin(String digits) {
        return SecretBytes.of(digits.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hex(JsonNode node, String field) {
        return Hex.decode(node.get(field).asText());
    }
}
