package dev.paycrypto.crypto.dukpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.Vectors;
import dev.paycrypto.crypto.dukpt.AesDukpt.KeyType;
import dev.paycrypto.crypto.dukpt.AesDukpt.KeyUsage;
import dev.paycrypto.crypto.pin.PinBlocks;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * AES DUKPT against the ANSI X9.24-3:2017 supplement test vectors (via openemv/dukpt) and aws-samples data used
 * against the live service (vectors/dukpt_aes.json, source per vector).
 */
class AesDukptTest {

    private static final Map<String, Object[]> WORKING_KEYS = Map.of(
            "pin_key_aes128", new Object[] {KeyUsage.PIN_ENCRYPTION, KeyType.AES_128},
            "pin_key_aes256", new Object[] {KeyUsage.PIN_ENCRYPTION, KeyType.AES_256},
            "cmac_aes128_key", new Object[] {KeyUsage.MAC_GENERATION, KeyType.AES_128},
            "cmac_aes256_key", new Object[] {KeyUsage.MAC_GENERATION, KeyType.AES_256},
            "data_aes128_key", new Object[] {KeyUsage.DATA_ENCRYPTION_ENCRYPT, KeyType.AES_128},
            "data_aes256_key", new Object[] {KeyUsage.DATA_ENCRYPTION_ENCRYPT, KeyType.AES_256});

    static Stream<Arguments> vectors() {
        return Vectors.load("dukpt_aes", v -> true).stream().map(v -> Arguments.of(v.get("id").asText(), v));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void reproducesThePublishedKeys(String id, JsonNode v) {
        SecretBytes bdk = SecretBytes.fromHex(v.get("bdk").asText());
        JsonNode expected = v.get("expected");
        if (expected.has("initial_key")) {
            assertThat(hex(AesDukpt.initialKey(bdk, Hex.decode(v.get("initial_key_id").asText()))))
                    .isEqualTo(expected.get("initial_key").asText());
            return;
        }
        byte[] ksn = Hex.decode(v.get("ksn").asText());
        if (expected.has("transaction_derivation_key")) {
            assertThat(hex(AesDukpt.transactionDerivationKey(bdk, ksn)))
                    .isEqualTo(expected.get("transaction_derivation_key").asText());
        }
        WORKING_KEYS.forEach((field, spec) -> {
            if (expected.has(field)) {
                assertThat(hex(AesDukpt.workingKey(bdk, ksn, (KeyUsage) spec[0], (KeyType) spec[1]))).as(field)
                        .isEqualTo(expected.get(field).asText());
            }
        });
        if (expected.has("encrypted_pin_block_iso4")) {
            SecretBytes pinKey = AesDukpt.workingKey(bdk, ksn, KeyUsage.PIN_ENCRYPTION, KeyType.AES_128);
            SecureRandom fixedFill = new SecureRandom() {
                private static final long serialVersionUID = 1L;

                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(Hex.decode("2F69ADDE2E9E7ACE"), 0, bytes, 0, 8);
                }
            };
            byte[] block = PinBlocks.encipherIso4(pinKey, SecretBytes.of(v.get("pin").asText()
                    .getBytes(StandardCharsets.US_ASCII)), v.get("pan").asText(), fixedFill);
            assertThat(Hex.encode(block)).isEqualTo(expected.get("encrypted_pin_block_iso4").asText());
        }
    }

    @Test
    void refusesMalformedInput() {
        SecretBytes bdk = SecretBytes.fromHex("FEDCBA9876543210F1F1F1F1F1F1F1F1");
        assertThatThrownBy(() -> AesDukpt.transactionDerivationKey(bdk, Hex.decode("1234567890123456000000")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AesDukpt.transactionDerivationKey(bdk, Hex.decode("12345678901234560001FFFF")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AesDukpt.initialKey(SecretBytes.fromHex("0123456789ABCDEF"),
                Hex.decode("1234567890123456"))).isInstanceOf(InvalidInputException.class);
    }

    private static String hex(SecretBytes key) {
        return Hex.encode(key.copy());
    }
}
