package dev.paycrypto.crypto.emv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.KeyCheckValues;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.Vectors;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** EMV secure messaging and the offline PIN change script: vectors/emv_pin_change.json (pyemv tests, per vector). */
class SecureMessagingTest {

    static Stream<Arguments> scripts() {
        return Vectors.load("emv_pin_change", v -> "pin_change_script".equals(v.get("operation").asText())).stream()
                .map(v -> Arguments.of(v.get("id").asText() + " (" + v.get("source").asText() + ")", v));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void buildsThePublishedPinChangeScripts(String name, JsonNode v) {
        JsonNode expected = v.get("expected");
        String pan = v.get("pan").asText();
        String psn = v.get("psn").asText();
        SecretBytes mkSmc = EmvKeys.iccMasterKeyOptionA(key(v, "imk_smc"), pan, psn);
        SecretBytes mkSmi = EmvKeys.iccMasterKeyOptionA(key(v, "imk_smi"), pan, psn);
        assertThat(kcv(mkSmc)).isEqualTo(expected.get("icc_mk_smc_kcv").asText());
        assertThat(kcv(mkSmi)).isEqualTo(expected.get("icc_mk_smi_kcv").asText());
        JsonNode derivation = v.get("session_key_derivation");
        SecretBytes skSmc = derivation.has("r") ? EmvKeys.commonSessionKey(mkSmc, hex(derivation, "r"))
                : EmvKeys.visaSecureMessagingSessionKey(mkSmc, hex(derivation, "atc"));
        SecretBytes skSmi = derivation.has("r") ? EmvKeys.commonSessionKey(mkSmi, hex(derivation, "r"))
                : EmvKeys.visaSecureMessagingSessionKey(mkSmi, hex(derivation, "atc"));
        assertThat(kcv(skSmc)).isEqualTo(expected.get("sk_smc_kcv").asText());
        assertThat(kcv(skSmi)).isEqualTo(expected.get("sk_smi_kcv").asText());

        SecretBytes pin = pin(v.get("pin").asText());
        byte[] pinBlock;
        if (v.has("imk_ac")) {
            SecretBytes mkAc = EmvKeys.iccMasterKeyOptionA(key(v, "imk_ac"), pan, psn);
            assertThat(kcv(mkAc)).isEqualTo(expected.get("icc_mk_ac_kcv").asText());
            pinBlock = SecureMessaging.visaPinBlock(mkAc, pin, v.has("current_pin")
                    ? pin(v.get("current_pin").asText()) : null);
        } else {
            pinBlock = SecureMessaging.iso9564Format2PinBlock(pin);
        }
        assertThat(Hex.encode(pinBlock)).isEqualTo(expected.get("pin_block").asText());

        byte[] commandData = SecureMessaging.encipher(skSmc, pinBlock, encipherment(v));
        assertThat(Hex.encode(commandData)).isEqualTo(expected.get("command_data").asText());
        byte[] command = concat(hex(v, "command_header"), commandData);
        assertThat(Hex.encode(SecureMessaging.commandMac(skSmi, command))).isEqualTo(expected.get("mac").asText());
    }

    @Test
    void matchesTheDocumentedExamples() {
        // pyemv/sm.py docstrings (vectors/emv_pin_change.json, the *-docstring entries)
        SecretBytes key = SecretBytes.fromHex("0123456789ABCDEFFEDCBA9876543210");
        assertThat(Hex.encode(SecureMessaging.encipher(key, Hex.decode("241234FFFFFFFFFF"),
                SecureMessaging.Encipherment.MASTERCARD))).isEqualTo("9859240AE52820C3");
        assertThat(Hex.encode(SecureMessaging.visaPinBlock(key, pin("1234"), null))).isEqualTo("041234FF76543210");
        assertThat(Hex.encode(SecureMessaging.iso9564Format2PinBlock(pin("123456789012"))))
                .isEqualTo("2C123456789012FF");
        assertThat(Hex.encode(SecureMessaging.commandMac(key, Hex.decode("8424000008FFFF1234567890123456"))))
                .isEqualTo("E07B8DF1B4184282");
    }

    @Test
    void eachEnciphermentFramesTheDataItsOwnWay() {
        // by definition: the M/Chip form of an aligned block is its CBC encipherment without padding, so it is the
        // first block of the always-padded EMV form; VIS adds a length byte, so one 8-byte block becomes two
        SecretBytes key = SecretBytes.fromHex("0123456789ABCDEFFEDCBA9876543210");
        byte[] block = Hex.decode("249999FFFFFFFFFF");
        byte[] mastercard = SecureMessaging.encipher(key, block, SecureMessaging.Encipherment.MASTERCARD);
        byte[] emv = SecureMessaging.encipher(key, block, SecureMessaging.Encipherment.EMV);
        assertThat(mastercard).hasSize(8);
        assertThat(Arrays.copyOf(emv, 8)).isEqualTo(mastercard);
        assertThat(SecureMessaging.encipher(key, block, SecureMessaging.Encipherment.VISA)).hasSize(16);
        assertThat(SecureMessaging.encipher(key, Hex.decode("2412"), SecureMessaging.Encipherment.MASTERCARD))
                .hasSize(8);
    }

    @Test
    void refusesBadKeysPinsAndUnpaddableData() {
        SecretBytes key = SecretBytes.fromHex("0123456789ABCDEFFEDCBA9876543210");
        assertThatThrownBy(() -> SecureMessaging.encipher(SecretBytes.fromHex("0123456789ABCDEF"), new byte[8],
                SecureMessaging.Encipherment.EMV)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SecureMessaging.encipher(key, new byte[5],
                new SecureMessaging.Encipherment(false, false, SecureMessaging.Padding.NONE)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SecureMessaging.iso9564Format2PinBlock(pin("123")))
                .isInstanceOf(InvalidInputException.class).hasMessageNotContaining("123");
        assertThatThrownBy(() -> SecureMessaging.iso9564Format2PinBlock(pin("12A4")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SecureMessaging.visaPinBlock(key, pin("1234"), pin("1234567890123")))
                .isInstanceOf(InvalidInputException.class);
    }

    private static SecretBytes key(JsonNode v, String field) {
        SecretBytes key = SecretBytes.fromHex(v.get(field).asText());
        assertThat(kcv(key, 3)).isEqualTo(v.get(field + "_kcv").asText());
        return key;
    }

    private static String kcv(SecretBytes key) {
        return kcv(key, 3);
    }

    private static String kcv(SecretBytes key, int bytes) {
        return Hex.encode(Arrays.copyOf(KeyCheckValues.ansiX924(key), bytes));
    }

    private static SecretBytes pin(String digits) {
        return SecretBytes.of(digits.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hex(JsonNode node, String field) {
        return Hex.decode(node.get(field).asText());
    }

    private static SecureMessaging.Encipherment encipherment(JsonNode v) {
        return switch (v.get("encipherment").asText()) {
            case "VISA" -> SecureMessaging.Encipherment.VISA;
            case "MASTERCARD" -> SecureMessaging.Encipherment.MASTERCARD;
            default -> SecureMessaging.Encipherment.EMV;
        };
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
