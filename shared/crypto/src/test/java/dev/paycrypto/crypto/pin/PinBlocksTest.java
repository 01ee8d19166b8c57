package dev.paycrypto.crypto.pin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.crypto.BlockCiphers;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.Vectors;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** ISO 9564-1 PIN blocks against vectors/pinblock.json (psec, openemv, jPOS, AWS proxy data; cited per vector). */
class PinBlocksTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static SecretBytes pin(String digits) {
        return SecretBytes.of(digits.getBytes(StandardCharsets.US_ASCII));
    }

    private static String text(SecretBytes pin) {
        return new String(pin.copy(), StandardCharsets.US_ASCII);
    }

    static Stream<Arguments> vectors(String operation) {
        return Vectors.load("pinblock", v -> operation.equals(v.get("operation").asText())
                && !"ISO_FORMAT_2".equals(v.get("format").asText())).stream()
                .map(v -> Arguments.of(v.get("id").asText(), v));
    }

    static Stream<Arguments> encodeClear() {
        return vectors("encode_clear");
    }

    static Stream<Arguments> decodeClear() {
        return vectors("decode_clear");
    }

    static Stream<Arguments> encrypt() {
        return vectors("encrypt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodeClear")
    void encodesFormat0(String id, JsonNode v) {
        byte[] block = PinBlocks.encode(PinBlockFormat.valueOf(v.get("format").asText()), pin(v.get("pin").asText()),
                v.get("pan").asText(), RANDOM);
        assertThat(Hex.encode(block)).isEqualTo(v.get("expected").get("clear_pin_block").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decodeClear")
    void decodesFormats0And3(String id, JsonNode v) {
        SecretBytes decoded = PinBlocks.decode(PinBlockFormat.valueOf(v.get("format").asText()),
                Hex.decode(v.get("clear_pin_block").asText()), v.get("pan").asText());
        assertThat(text(decoded)).isEqualTo(v.get("expected").get("pin").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encrypt")
    void format0EncryptedUnderATdesPek(String id, JsonNode v) {
        // the source gives the 12-digit account field; any PAN with those digits before a check digit will do
        String pan = "0" + v.get("pan_rightmost_12_excluding_check_digit").asText() + "9";
        byte[] clear = PinBlocks.encode(PinBlockFormat.ISO_FORMAT_0, pin(v.get("pin").asText()), pan, RANDOM);
        byte[] encrypted = BlockCiphers.tdesEncryptEcb(Hex.decode(v.get("pek_tdes").asText()), clear);
        assertThat(Hex.encode(encrypted)).isEqualTo(v.get("expected").get("encrypted_pin_block").asText());
    }

    @Test
    void format4KnownAnswersAndFields() {
        // psec-iso4-shortpan: PAN "1", PIN 123456
        SecretBytes key = SecretBytes.fromHex("00112233445566778899AABBCCDDEEFF");
        assertThat(text(PinBlocks.decipherIso4(key, Hex.decode("39B69B1B91FE05D48F7EF0D68EB2CBD6"), "1")))
                .isEqualTo("123456");
        // psec-iso4-encipher-deterministic: random fill forced to FF bytes
        SecureRandom ffFill = new SecureRandom() {
            private static final long serialVersionUID = 1L;

            @Override
            public void nextBytes(byte[] bytes) {
                java.util.Arrays.fill(bytes, (byte) 0xFF);
            }
        };
        assertThat(Hex.encode(PinBlocks.encipherIso4(key, pin("1234"), "1234567890123456789", ffFill)))
                .isEqualTo("28B41FDDD29B743E93124BD8E32D921E");
        // openemv-iso4-fields2
        assertThat(Hex.encode(PinBlocks.iso4PanField("411111111111111"))).isEqualTo("34111111111111110000000000000000");
    }

    @Test
    void format3AndFormat1KeepTheirControlAndPinNibbles() {
        // psec-iso3-enc-L93: first nibbles 341261 for PIN 1234, PAN 5555555551234567; openemv-iso3-prefix 3512
        assertThat(Hex.encode(PinBlocks.encode(PinBlockFormat.ISO_FORMAT_3, pin("1234"), "5555555551234567", RANDOM)))
                .startsWith("341261");
        assertThat(Hex.encode(PinBlocks.encode(PinBlockFormat.ISO_FORMAT_3, pin("12345"), "4012345678909", RANDOM)))
                .startsWith("3512");
        // openemv-iso1: 1512345 then fill
        assertThat(Hex.encode(PinBlocks.encode(PinBlockFormat.ISO_FORMAT_1, pin("12345"), null, RANDOM)))
                .startsWith("1512345");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = PinBlockFormat.class, names = {"ISO_FORMAT_0", "ISO_FORMAT_1", "ISO_FORMAT_3"})
    void roundTripsAndRefusesWrongPanOrTamperedBlocks(PinBlockFormat format) {
        String pan = "4111111111111111";
        byte[] block = PinBlocks.encode(format, pin("987654321"), pan, RANDOM);
        assertThat(text(PinBlocks.decode(format, block, pan))).isEqualTo("987654321");
        byte[] tampered = block.clone();
        tampered[0] ^= 0x40;
        assertThatThrownBy(() -> PinBlocks.decode(format, tampered, pan)).isInstanceOf(InvalidInputException.class)
                .hasMessageNotContaining("987654321");
        if (format == PinBlockFormat.ISO_FORMAT_0) {
            // format 0's F fill exposes a PAN that differs in the fill positions; format 3's random A-F fill
            // can hide it (A-F XOR 3 may stay in A-F), so only format 0 is certain to refuse it
            assertThatThrownBy(() -> PinBlocks.decode(format, block, "4111111111111129"))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void format4RoundTripsAndRefusesAWrongPan() {
        SecretBytes key = SecretBytes.fromHex("00112233445566778899AABBCCDDEEFF");
        byte[] block = PinBlocks.encipherIso4(key, pin("0000"), "4111111111111111", RANDOM);
        assertThat(text(PinBlocks.decipherIso4(key, block, "4111111111111111"))).isEqualTo("0000");
        assertThatThrownBy(() -> PinBlocks.decipherIso4(key, block, "4111111111111112"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PinBlocks.encode(PinBlockFormat.ISO_FORMAT_0, pin("123"), "4111111111111111", RANDOM))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PinBlocks.encode(PinBlockFormat.ISO_FORMAT_0, pin("12a4"), "4111111111111111", RANDOM))
                .isInstanceOf(InvalidInputException.class);
    }
}
