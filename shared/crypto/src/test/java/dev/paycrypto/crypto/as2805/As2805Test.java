package dev.paycrypto.crypto.as2805;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.KeyCheckValues;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.Vectors;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * AS2805 known answers. Two kinds of evidence, each named:
 * <ul>
 *   <li>the vectors of {@code vectors/as2805.json}: CyberChef's AS2805-4.1 MAC test vector, and the researcher's
 *       values for the algorithms of AWS's sample (aws-samples/samples-for-payment-cryptography-service@0e338de,
 *       as2805_node-to-node_examples), computed with Python {@code cryptography} and {@code openssl enc} — an
 *       independent implementation of the sample's algorithm, not values produced by the service;</li>
 *   <li>the same computations reproduced here by an independent formulation over the JDK's own
 *       {@code DESede/CBC/NoPadding} and {@code DES/ECB/NoPadding} ciphers (not the crypto layer's
 *       {@code BlockCiphers} or {@code Macs}), on the vectors' inputs and on other inputs.</li>
 * </ul>
 */
class As2805Test {

    private static final String TEST_KEK = "0123456789ABCDEFFEDCBA9876543210";

    // ---- the vectors file

    static Stream<Arguments> cryptograms() {
        return Vectors.load("as2805", v -> v.get("family").asText().equals("as2805-key-cryptogram-derived")).stream()
                .map(v -> Arguments.of(v.get("id").asText(), v));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cryptograms")
    void keyCryptogramVectors(String id, JsonNode v) {
        JsonNode in = v.get("inputs");
        As2805Variant variant = variant(in.get("As2805KeyVariant").asText());
        SecretBytes kek = SecretBytes.fromHex(in.get("wrapping_kek").asText());
        SecretBytes clear = SecretBytes.fromHex(in.get("clear_key").asText());
        String expected = v.get("expected").get("KeyMaterial").asText();

        assertThat(Hex.encode(As2805.wrapKey(kek, variant, clear))).isEqualTo(expected);
        assertThat(As2805.unwrapKey(kek, variant, Hex.decode(expected))).isEqualTo(clear);
        assertThat(Hex.encode(Arrays.copyOf(KeyCheckValues.ansiX924(clear), 3)))
                .isEqualTo(v.get("expected").get("KeyCheckValue").asText());
    }

    @Test
    void kekValidationRequestVector() {
        JsonNode v = vector("kekval-request-variant82-tdes2");
        SecretBytes kek = SecretBytes.fromHex(v.get("inputs").get("kek").asText());
        As2805.KekValidation request = As2805.kekValidationRequest(kek,
                SecretBytes.fromHex(v.get("inputs").get("random_key").asText()));
        assertThat(Hex.encode(request.randomKeySend())).isEqualTo(v.get("expected").get("RandomKeySend").asText());
        assertThat(Hex.encode(request.randomKeyReceive()))
                .isEqualTo(v.get("expected").get("RandomKeyReceive").asText());
        assertThat(Hex.encode(Arrays.copyOf(KeyCheckValues.ansiX924(kek), 3)))
                .isEqualTo(v.get("inputs").get("kek_kcv").asText());
    }

    @Test
    void kekValidationResponseVector() {
        JsonNode v = vector("kekval-response-variant82-ug-krs-testkek");
        byte[] answer = As2805.kekValidationResponse(SecretBytes.fromHex(v.get("inputs").get("kek").asText()),
                Hex.decode(v.get("inputs").get("RandomKeySend").asText()));
        assertThat(Hex.encode(answer)).isEqualTo(v.get("expected").get("RandomKeyReceive").asText());
    }

    @Test
    void responseToARequestGivesTheRequestsKrr() {
        SecretBytes kek = SecretBytes.fromHex("89ABCDEF0123456776543210FEDCBA98");
        As2805.KekValidation request = As2805.kekValidationRequest(kek,
                SecretBytes.fromHex("A1B2C3D4E5F60718293A4B5C6D7E8F90"));
        assertThat(As2805.kekValidationResponse(kek, request.randomKeySend())).isEqualTo(request.randomKeyReceive());
        // under another KEK the answer differs
        assertThat(As2805.kekValidationResponse(SecretBytes.fromHex(TEST_KEK), request.randomKeySend()))
                .isNotEqualTo(request.randomKeyReceive());
    }

    @Test
    void macVectorFromCyberChef() {
        JsonNode v = vector("cyberchef-as2805-mac-1block");
        byte[] mac = As2805.mac(SecretBytes.fromHex(v.get("inputs").get("key").asText()),
                Hex.decode(v.get("inputs").get("message").asText()));
        assertThat(Hex.encode(mac)).isEqualTo(v.get("expected").asText());
    }

    @Test
    void pinEncryptionKeyVector() {
        JsonNode v = vector("kpe-stan000438-amt000000000328");
        JsonNode in = v.get("inputs");
        SecretBytes kpe = As2805.pinEncryptionKey(SecretBytes.fromHex(in.get("kpp").asText()),
                in.get("SystemTraceAuditNumber").asText(), in.get("TransactionAmount").asText());
        assertThat(Hex.encode(kpe.copy())).isEqualTo(v.get("expected").get("KPE").asText());
        assertThat(Hex.encode(Arrays.copyOf(KeyCheckValues.ansiX924(kpe), 3)))
                .isEqualTo(v.get("expected").get("KPE_kcv").asText());
        assertThat(Hex.encode(jdkTdes(Cipher.ENCRYPT_MODE, "ECB", kpe.copy(), null,
                Hex.decode(in.get("clear_iso0_pin_block").asText()))))
                .isEqualTo(v.get("expected").get("pin_block_under_KPE").asText());
    }

    // ---- independent formulation over the JDK's ciphers

    @Test
    void keyCryptogramMatchesJdkDesedeCbcUnderTheMaskedKek() {
        String kek = "0123456789ABCDEFFEDCBA98765432100F1E2D3C4B5A6978";
        String working = "2222222222222222BBBBBBBBBBBBBBBBCCCCCCCCCCCCCCCC";
        for (As2805Variant variant : As2805Variant.values()) {
            String pattern = switch (variant) {
                case PIN_ENCRYPTION_28 -> "28C0";
                case MESSAGE_AUTHENTICATION_24 -> "24C0";
                case DATA_ENCRYPTION_22 -> "22C0";
            };
            for (int keyBytes : new int[] {16, 24}) {
                byte[] kekBytes = Arrays.copyOf(Hex.decode(kek), keyBytes);
                byte[] clear = Arrays.copyOf(Hex.decode(working), keyBytes);
                byte[] masked = xor(kekBytes, Hex.decode(pattern.repeat(keyBytes / 2)));
                byte[] expected = jdkTdes(Cipher.ENCRYPT_MODE, "CBC", masked, new byte[8], clear);
                assertThat(As2805.wrapKey(SecretBytes.of(kekBytes), variant, SecretBytes.of(clear)))
                        .as("%s, %d-byte keys", variant, keyBytes).isEqualTo(expected);
                assertThat(As2805.unwrapKey(SecretBytes.of(kekBytes), variant, expected).copy()).isEqualTo(clear);
            }
        }
    }

    @Test
    void kekValidationMatchesJdkDesedeCbc() {
        byte[] kek = Hex.decode("89ABCDEF0123456776543210FEDCBA98");
        byte[] rnd = Hex.decode("A1B2C3D4E5F60718293A4B5C6D7E8F90");
        byte[] krs = jdkTdes(Cipher.ENCRYPT_MODE, "CBC", xor(kek, Hex.decode("82".repeat(16))), new byte[8], rnd);
        byte[] answer = new byte[16];
        for (int i = 0; i < 16; i++) {
            int complement = ~rnd[i] & 0xFF;
            answer[i] = (byte) (Integer.bitCount(complement) % 2 == 0 ? complement ^ 1 : complement);
        }
        byte[] krr = jdkTdes(Cipher.ENCRYPT_MODE, "CBC", xor(kek, Hex.decode("84".repeat(16))), new byte[8], answer);

        As2805.KekValidation request = As2805.kekValidationRequest(SecretBytes.of(kek), SecretBytes.of(rnd));
        assertThat(request.randomKeySend()).isEqualTo(krs);
        assertThat(request.randomKeyReceive()).isEqualTo(krr);
        assertThat(As2805.kekValidationResponse(SecretBytes.of(kek), krs)).isEqualTo(krr);
    }

    @Test
    void macMatchesJdkDesRetailMacWithZeroPadding() {
        byte[] key = Hex.decode(TEST_KEK);
        for (String message : new String[] {"1122334455667788", "1122334455667788AA", "73D8BA54D3852951DAEA41",
                "00"}) {
            byte[] data = Hex.decode(message);
            byte[] padded = Arrays.copyOf(data, (data.length + 7) / 8 * 8);
            byte[] left = Arrays.copyOf(key, 8);
            byte[] right = Arrays.copyOfRange(key, 8, 16);
            byte[] chain = new byte[8];
            for (int offset = 0; offset < padded.length; offset += 8) {
                chain = jdkDes(Cipher.ENCRYPT_MODE, left, xor(chain, Arrays.copyOfRange(padded, offset, offset + 8)));
            }
            byte[] expected = jdkDes(Cipher.ENCRYPT_MODE, left, jdkDes(Cipher.DECRYPT_MODE, right, chain));
            assertThat(As2805.mac(SecretBytes.of(key), data)).as(message).isEqualTo(expected);
        }
    }

    @Test
    void pinEncryptionKeyMatchesJdkDesedeCbc() {
        byte[] kpp = Hex.decode("89ABCDEF0123456776543210FEDCBA98");
        byte[] d = Hex.decode("12345600000000000000009876543210");
        byte[] mac = Arrays.copyOfRange(jdkTdes(Cipher.ENCRYPT_MODE, "CBC", kpp, new byte[8], d), 8, 16);
        byte[] expected = xor(jdkTdes(Cipher.ENCRYPT_MODE, "CBC", kpp, mac, d), d);
        assertThat(As2805.pinEncryptionKey(SecretBytes.of(kpp), "123456", "009876543210").copy())
                .isEqualTo(expected);
    }

    // ---- refusals

    @Test
    void refusesMalformedInput() {
        SecretBytes kek = SecretBytes.fromHex(TEST_KEK);
        assertThatThrownBy(() -> As2805.pinEncryptionKey(kek, "12345", "000000000001"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("SystemTraceAuditNumber");
        assertThatThrownBy(() -> As2805.pinEncryptionKey(kek, "123456", "00000000000A"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("TransactionAmount");
        assertThatThrownBy(() -> As2805.unwrapKey(kek, As2805Variant.PIN_ENCRYPTION_28, new byte[8]))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> As2805.wrapKey(SecretBytes.of(new byte[8]), As2805Variant.PIN_ENCRYPTION_28, kek))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> As2805.kekValidationResponse(kek, new byte[12]))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void oddParityFlipsTheLowBitOfEvenBytesOnly() {
        assertThat(As2805.oddParity((byte) 0x00)).isEqualTo((byte) 0x01);
        assertThat(As2805.oddParity((byte) 0x01)).isEqualTo((byte) 0x01);
        assertThat(As2805.oddParity((byte) 0xFF)).isEqualTo((byte) 0xFE);
        assertThat(As2805.oddParity((byte) 0x7F)).isEqualTo((byte) 0x7F);
    }

    // ---- helpers: the JDK's ciphers directly

    private static byte[] jdkTdes(int mode, String chaining, byte[] key, byte[] iv, byte[] data) {
        byte[] full = key.length == 24 ? key : Arrays.copyOf(key, 24);
        if (key.length == 16) {
            System.arraycopy(key, 0, full, 16, 8);
        }
        try {
            Cipher cipher = Cipher.getInstance("DESede/" + chaining + "/NoPadding");
            SecretKeySpec spec = new SecretKeySpec(full, "DESede");
            if (iv == null) {
                cipher.init(mode, spec);
            } else {
                cipher.init(mode, spec, new IvParameterSpec(iv));
            }
            return cipher.doFinal(data);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] jdkDes(int mode, byte[] key, byte[] block) {
        try {
            Cipher cipher = Cipher.getInstance("DES/ECB/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "DES"));
            return cipher.doFinal(block);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] xor(byte[] a, byte[] b) {
        byte[] out = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (byte) (a[i] ^ b[i]);
        }
        return out;
    }

    private static JsonNode vector(String id) {
        return Vectors.load("as2805", v -> v.get("id").asText().equals(id)).get(0);
    }

    private static As2805Variant variant(String name) {
        return switch (name) {
            case "PIN_ENCRYPTION_KEY_VARIANT_28" -> As2805Variant.PIN_ENCRYPTION_28;
            case "MESSAGE_AUTHENTICATION_KEY_VARIANT_24" -> As2805Variant.MESSAGE_AUTHENTICATION_24;
            case "DATA_ENCRYPTION_KEY_VARIANT_22" -> As2805Variant.DATA_ENCRYPTION_22;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
