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

    /**
     * No published vector derives TDES working keys from an AES BDK, so this checks the defining formula of ANSI
     * X9.24-3:2017 §6.3.3 written again here: each 16-byte block is AES-ECB, under the transaction's derivation key
     * (itself checked by the published vectors), of version 01 ‖ block counter ‖ key usage ‖ algorithm (0000 2TDEA,
     * 0001 3TDEA) ‖ length in bits ‖ the last four bytes of the initial key ID ‖ the counter, truncated to the
     * key's length.
     */
    @ParameterizedTest(name = "{0} for {1}, independent formulation")
    @MethodSource("tdesWorkingKeys")
    void derivesTdesWorkingKeysFromAnAesBdkByTheStandardsFormula(KeyType type, KeyUsage usage, String ksnHex)
            throws Exception {
        SecretBytes bdk = SecretBytes.fromHex("FEDCBA9876543210F1F1F1F1F1F1F1F1");
        byte[] ksn = Hex.decode(ksnHex);
        byte[] derivationKey = AesDukpt.transactionDerivationKey(bdk, ksn).copy();
        int bits = type == KeyType.TDES_2KEY ? 128 : 192;
        int algorithm = type == KeyType.TDES_2KEY ? 0x0000 : 0x0001;
        int indicator = switch (usage) {
            case PIN_ENCRYPTION -> 0x1000;
            case MAC_GENERATION -> 0x2000;
            case DATA_ENCRYPTION_BOTH_WAYS -> 0x3002;
            default -> throw new IllegalArgumentException();
        };
        javax.crypto.Cipher aes = javax.crypto.Cipher.getInstance("AES/ECB/NoPadding");
        aes.init(javax.crypto.Cipher.ENCRYPT_MODE, new javax.crypto.spec.SecretKeySpec(derivationKey, "AES"));
        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        for (int counter = 1; expected.size() < bits / 8; counter++) {
            java.nio.ByteBuffer data = java.nio.ByteBuffer.allocate(16).put((byte) 0x01).put((byte) counter)
                    .putShort((short) indicator).putShort((short) algorithm).putShort((short) bits)
                    .put(ksn, 4, 8);
            expected.writeBytes(aes.doFinal(data.array()));
        }
        assertThat(hex(AesDukpt.workingKey(bdk, ksn, usage, type)))
                .isEqualTo(Hex.encode(java.util.Arrays.copyOf(expected.toByteArray(), bits / 8)));
    }

    static Stream<Arguments> tdesWorkingKeys() {
        return Stream.of(
                Arguments.of(KeyType.TDES_2KEY, KeyUsage.PIN_ENCRYPTION, "123456789012345600000001"),
                Arguments.of(KeyType.TDES_3KEY, KeyUsage.PIN_ENCRYPTION, "123456789012345600000001"),
                Arguments.of(KeyType.TDES_2KEY, KeyUsage.MAC_GENERATION, "1234567890123456000000FF"),
                Arguments.of(KeyType.TDES_3KEY, KeyUsage.DATA_ENCRYPTION_BOTH_WAYS, "123456789012345600010000"));
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
