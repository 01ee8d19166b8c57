package dev.paycrypto.crypto.dukpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.crypto.BlockCiphers;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.Vectors;
import dev.paycrypto.crypto.mac.Iso9797Padding;
import dev.paycrypto.crypto.mac.Macs;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * TDES DUKPT against ANSI X9.24-1:2009 Annex A.4 test data (via openemv/dukpt) and the aws-samples data used
 * against the live service (vectors/dukpt_tdes.json, source per vector): IPEK, transaction keys, the PIN and MAC
 * variants, the data-encryption request key, and their use (PIN block, X9.19 MACs, TDES-CBC data).
 */
class TdesDukptTest {

    static Stream<Arguments> vectors() {
        return Vectors.load("dukpt_tdes", v -> true).stream().map(v -> Arguments.of(v.get("id").asText(), v));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void reproducesThePublishedKeysAndTheirUse(String id, JsonNode v) {
        SecretBytes bdk = SecretBytes.fromHex(v.get("bdk").asText());
        byte[] ksn = Hex.decode(v.get("ksn").asText());
        JsonNode expected = v.get("expected");
        if (expected.has("ipek")) {
            assertThat(hex(TdesDukpt.initialKey(bdk, ksn))).isEqualTo(expected.get("ipek").asText());
            return;
        }
        SecretBytes transaction = TdesDukpt.transactionKey(bdk, ksn);
        assertThat(hex(transaction)).isEqualTo(expected.get("transaction_key_no_variant").asText());
        SecretBytes pinKey = TdesDukpt.workingKey(transaction, TdesDukpt.Variant.PIN);
        SecretBytes macRequest = TdesDukpt.workingKey(transaction, TdesDukpt.Variant.MAC_REQUEST);
        SecretBytes macResponse = TdesDukpt.workingKey(transaction, TdesDukpt.Variant.MAC_RESPONSE);
        SecretBytes dataRequest = TdesDukpt.workingKey(transaction, TdesDukpt.Variant.DATA_REQUEST);
        check(expected, "pin_key_variant", hex(pinKey));
        check(expected, "mac_request_key_variant", hex(macRequest));
        check(expected, "data_encryption_request_key", hex(dataRequest));
        if (v.has("clear_pin_block_iso0")) {
            check(expected, "encrypted_pin_block", Hex.encode(BlockCiphers.tdesEncryptEcb(pinKey.copy(),
                    Hex.decode(v.get("clear_pin_block_iso0").asText()))));
            byte[] macData = Hex.decode(v.get("mac_data_hex").asText());
            check(expected, "request_mac_x9_19_4bytes", Hex.encode(Arrays.copyOf(
                    Macs.iso9797Algorithm3(macRequest, macData, Iso9797Padding.METHOD_1), 4)));
            check(expected, "response_mac_x9_19_4bytes", Hex.encode(Arrays.copyOf(
                    Macs.iso9797Algorithm3(macResponse, macData, Iso9797Padding.METHOD_1), 4)));
            check(expected, "encrypted_request_data_tdes_cbc", Hex.encode(BlockCiphers.tdesEncryptCbc(
                    dataRequest.copy(), new byte[8], Hex.decode(v.get("data_plaintext_hex").asText()))));
        }
    }

    private static void check(JsonNode expected, String field, String actual) {
        if (expected.has(field)) {
            assertThat(actual).as(field).isEqualTo(expected.get(field).asText());
        }
    }

    @Test
    void refusesMalformedKeySerialNumbersAndKeys() {
        SecretBytes bdk = SecretBytes.fromHex("0123456789ABCDEFFEDCBA9876543210");
        assertThatThrownBy(() -> TdesDukpt.transactionKey(bdk, Hex.decode("FFFF9876543210E000"))).isInstanceOf(
                InvalidInputException.class);
        // a counter with eleven bits set is never issued (X9.24-1 A.2)
        assertThatThrownBy(() -> TdesDukpt.transactionKey(bdk, Hex.decode("FFFF9876543210E007FF")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TdesDukpt.initialKey(SecretBytes.fromHex("0123456789ABCDEF"),
                Hex.decode("FFFF9876543210E00000"))).isInstanceOf(InvalidInputException.class);
    }

    private static String hex(SecretBytes key) {
        return Hex.encode(key.copy());
    }
}
