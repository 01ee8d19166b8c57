package dev.paycrypto.crypto.emv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.KeyCheckValues;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.Vectors;
import dev.paycrypto.crypto.mac.Iso9797Padding;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * EMV ICC master keys (option A/B), session keys (common, Mastercard), ARQC and ARPC methods 1 and 2 against
 * vectors/emv_arqc.json and vectors/arpc.json (pyemv and jPOS test suites, aws-samples data; source per vector).
 * Also the EMV2000 tree session keys of the same file.
 */
class EmvTest {

    static Stream<Arguments> arqc() {
        return Vectors.load("emv_arqc", v -> !v.get("scheme").asText().startsWith("EMV2000")).stream()
                .map(v -> Arguments.of(v.get("id").asText(), v));
    }

    static Stream<Arguments> emv2000() {
        return Vectors.load("emv_arqc", v -> v.get("scheme").asText().startsWith("EMV2000")).stream()
                .map(v -> Arguments.of(v.get("id").asText(), v));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emv2000")
    void emv2000TreeSessionKeys(String id, JsonNode v) {
        SecretBytes sk = EmvKeys.emv2000TreeSessionKey(SecretBytes.fromHex(v.get("icc_master_key").asText()),
                Hex.decode(v.get("atc").asText()), v.get("tree_height").asInt(), v.get("branch_factor").asInt(),
                Hex.decode(v.get("iv").asText()));
        assertThat(hex(sk.copy())).isEqualTo(v.get("expected").get("session_key").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arqc")
    void masterKeysSessionKeysAndArqc(String id, JsonNode v) {
        JsonNode expected = v.get("expected");
        if (v.has("session_key")) {
            assertThat(hex(Cryptograms.applicationCryptogram(SecretBytes.fromHex(v.get("session_key").asText()),
                    Hex.decode(v.get("transaction_data").asText()), padding(v)))).isEqualTo(expected.get("arqc").asText());
            return;
        }
        SecretBytes mk = masterKey(v);
        if (expected.has("icc_master_key_parity_adjusted")) {
            assertThat(hex(mk.copy())).isEqualTo(expected.get("icc_master_key_parity_adjusted").asText());
            return;
        }
        kcv(expected, "icc_master_key_kcv_2bytes", mk);
        SecretBytes sk = sessionKey(mk, v.get("session_key_derivation"));
        kcv(expected, "session_key_kcv_2bytes", sk);
        assertThat(hex(Cryptograms.applicationCryptogram(sk, Hex.decode(v.get("transaction_data").asText()),
                padding(v)))).isEqualTo(expected.get("arqc").asText());
    }

    static Stream<Arguments> arpc() {
        return Vectors.load("arpc", v -> true).stream().map(v -> Arguments.of(v.get("id").asText(), v));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arpc")
    void arpcMethods1And2(String id, JsonNode v) {
        SecretBytes key;
        if (v.has("arpc_key_value")) {
            key = SecretBytes.fromHex(v.get("arpc_key_value").asText());
        } else {
            SecretBytes mk = masterKey(v);
            String which = v.get("arpc_key").asText();
            if (which.startsWith("icc_master_key")) {
                key = mk;
            } else if (which.contains("R=1234567890123456")) {
                key = EmvKeys.commonSessionKey(mk, Hex.decode("1234567890123456"));
            } else {
                key = EmvKeys.commonSessionKeyForAtc(mk, Hex.decode(v.get("atc").asText()));
            }
        }
        byte[] arqc = Hex.decode(v.get("arqc").asText());
        byte[] arpc = "ARPC_METHOD_1".equals(v.get("method").asText())
                ? Cryptograms.arpcMethod1(key, arqc, Hex.decode(v.get("auth_response_code").asText()))
                : Cryptograms.arpcMethod2(key, arqc, Hex.decode(v.get("card_status_update").asText()), null);
        assertThat(hex(arpc)).isEqualTo(v.get("expected").get("arpc").asText());
    }

    static Stream<Arguments> scriptMacs() {
        return Vectors.load("emv_script_mac", v -> true).stream().map(v -> Arguments.of(v.get("id").asText(), v));
    }

    /** Issuer script (secure messaging) integrity MACs: vectors/emv_script_mac.json (pyemv test suite). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scriptMacs")
    void secureMessagingIntegrityMacs(String id, JsonNode v) {
        SecretBytes mk = EmvKeys.iccMasterKeyOptionA(SecretBytes.fromHex(v.get("imk_smi").asText()),
                v.get("pan").asText(), v.get("psn").asText());
        JsonNode derivation = v.get("session_key_derivation");
        SecretBytes sk = derivation.has("r") ? EmvKeys.commonSessionKey(mk, Hex.decode(derivation.get("r").asText()))
                : EmvKeys.visaSecureMessagingSessionKey(mk, Hex.decode(derivation.get("atc").asText()));
        JsonNode expected = v.get("expected");
        kcv(expected, "icc_mk_kcv_2bytes", mk);
        kcv(expected, "session_key_kcv_2bytes", sk);
        assertThat(hex(Cryptograms.applicationCryptogram(sk, Hex.decode(v.get("mac_input").asText()),
                Iso9797Padding.METHOD_2))).isEqualTo(expected.get("mac").asText());
    }

    @Test
    void theUserGuideVisaCvn10AndCvn18ExamplesVerify() {
        // AWS Payment Cryptography User Guide, "Verify auth request cryptogram": key 0123456789ABCDEFFEDCBA9876543210
        // (KCV 08D7B4), PAN 9137631040001422, PSN 01; the transaction data is printed already padded
        SecretBytes imk = SecretBytes.fromHex("0123456789ABCDEFFEDCBA9876543210");
        SecretBytes mk = EmvKeys.iccMasterKeyOptionA(imk, "9137631040001422", "01");
        byte[] cvn10 = Hex.decode("00000000170000000000000008400080008000084016051700000000093800000B03011203000000");
        assertThat(hex(Cryptograms.applicationCryptogram(mk, cvn10, Iso9797Padding.METHOD_1)))
                .isEqualTo("D791093C8A921769");
        byte[] cvn18 = Hex.decode("00000000170000000000000008400080008000084016051700000000093800000B1F220103000000"
                + "0000000000000000000000000000000000000000000000008000000000000000");
        SecretBytes sk = EmvKeys.commonSessionKeyForAtc(mk, Hex.decode("000B"));
        assertThat(hex(Cryptograms.applicationCryptogram(sk, cvn18, Iso9797Padding.METHOD_1)))
                .isEqualTo("61EDCC708B4C97B4");
    }

    @Test
    void refusesMalformedInputs() {
        SecretBytes imk = SecretBytes.fromHex("0123456789ABCDEFFEDCBA9876543210");
        assertThatThrownBy(() -> EmvKeys.iccMasterKeyOptionA(imk, "12345678901234567890", "00"))
                .isInstanceOf(InvalidInputException.class).hasMessageNotContaining("1234567890123");
        assertThatThrownBy(() -> EmvKeys.iccMasterKeyOptionA(imk, "1234567890123456", "1")).isInstanceOf(
                InvalidInputException.class);
        assertThatThrownBy(() -> EmvKeys.mastercardSessionKey(imk, new byte[2], new byte[3])).isInstanceOf(
                InvalidInputException.class);
        assertThatThrownBy(() -> Cryptograms.arpcMethod1(imk, new byte[7], new byte[2])).isInstanceOf(
                InvalidInputException.class);
    }

    private static SecretBytes masterKey(JsonNode v) {
        SecretBytes imk = SecretBytes.fromHex(v.get("imk").asText());
        String pan = v.get("pan").asText();
        String psn = v.get("psn").asText();
        return v.get("master_key_derivation").asText().contains("option B")
                ? EmvKeys.iccMasterKeyOptionB(imk, pan, psn) : EmvKeys.iccMasterKeyOptionA(imk, pan, psn);
    }

    private static SecretBytes sessionKey(SecretBytes mk, JsonNode derivation) {
        String method = derivation.get("method").asText();
        if (derivation.has("r")) {
            return EmvKeys.commonSessionKey(mk, Hex.decode(derivation.get("r").asText()));
        }
        if (method.startsWith("Mastercard")) {
            return EmvKeys.mastercardSessionKey(mk, Hex.decode(derivation.get("atc").asText()),
                    Hex.decode(derivation.get("unpredictable_number").asText()));
        }
        if (method.contains("none")) {
            return mk;
        }
        return EmvKeys.commonSessionKeyForAtc(mk, Hex.decode(derivation.get("atc").asText()));
    }

    private static Iso9797Padding padding(JsonNode v) {
        return v.get("padding").asText().contains("method 2") ? Iso9797Padding.METHOD_2 : Iso9797Padding.METHOD_1;
    }

    private static void kcv(JsonNode expected, String field, SecretBytes key) {
        if (expected.has(field)) {
            assertThat(hex(Arrays.copyOf(KeyCheckValues.ansiX924(key), 2))).as(field)
                    .isEqualTo(expected.get(field).asText());
        }
    }

    private static String hex(byte[] bytes) {
        return Hex.encode(bytes);
    }
}
