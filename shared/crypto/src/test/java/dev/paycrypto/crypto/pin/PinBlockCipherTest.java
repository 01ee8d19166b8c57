package dev.paycrypto.crypto.pin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.crypto.CipherModes.Algorithm;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PINs enciphered into PIN blocks and deciphered back, in both directions against published enciphered blocks:
 * ISO format 0 under TDES PEKs (vectors/pinblock.json: jPOS JCESecurityModuleTest, the AWS Payment Cryptography
 * HSM proxy's integration test; vectors/dukpt_tdes.json: openemv/dukpt, ANSI X9.24-1 PIN keys) and ISO format 4
 * under AES PEKs (vectors/pinblock.json: psec test_pinblock.py; vectors/dukpt_aes.json: openemv/dukpt, the ANSI
 * X9.24-3:2017 supplement's PIN keys and blocks), each vector citing its source.
 */
class PinBlockCipherTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PAN = "4111111111111111";

    static Stream<Arguments> tdesFormat0Blocks() {
        Stream<Arguments> pinblock = Vectors.load("pinblock", v -> "encrypt".equals(v.get("operation").asText()))
                .stream().map(v -> Arguments.of(v.get("id").asText() + " (" + v.get("source").asText() + ")",
                        v.get("pek_tdes").asText(), v.get("pin").asText(),
                        // the source gives the 12-digit account field; any PAN with those digits before a check
                        // digit gives the same block
                        "0" + v.get("pan_rightmost_12_excluding_check_digit").asText() + "9",
                        v.get("expected").get("encrypted_pin_block").asText()));
        Stream<Arguments> dukpt = Vectors.load("dukpt_tdes", v -> v.path("expected").has("encrypted_pin_block"))
                .stream().map(v -> Arguments.of(v.get("id").asText() + " (" + v.get("source").asText() + ")",
                        v.get("expected").get("pin_key_variant").asText(), v.get("pin").asText(),
                        v.get("pan").asText(), v.get("expected").get("encrypted_pin_block").asText()));
        return Stream.concat(pinblock, dukpt);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tdesFormat0Blocks")
    void format0UnderATdesPekBothWays(String name, String pek, String pin, String pan, String encrypted) {
        SecretBytes key = SecretBytes.fromHex(pek);
        assertThat(Hex.encode(PinBlockCipher.encipher(key, Algorithm.TDES, PinBlockFormat.ISO_FORMAT_0, pin(pin),
                pan, RANDOM))).isEqualTo(encrypted);
        assertThat(Hex.encode(PinBlockCipher.encipher(key, PinBlockFormat.ISO_FORMAT_0, pin(pin), pan, RANDOM)))
                .isEqualTo(encrypted);
        assertThat(text(PinBlockCipher.decipher(key, Algorithm.TDES, PinBlockFormat.ISO_FORMAT_0,
                Hex.decode(encrypted), pan))).isEqualTo(pin);
        assertThat(text(PinBlockCipher.decipher(key, PinBlockFormat.ISO_FORMAT_0, Hex.decode(encrypted), pan)))
                .isEqualTo(pin);
    }

    static Stream<Arguments> aesFormat4Blocks() {
        Stream<Arguments> psec = Vectors.load("pinblock", v -> "psec-iso4-encipher-deterministic"
                .equals(v.get("id").asText())).stream()
                .map(v -> Arguments.of(v.get("id").asText() + " (" + v.get("source").asText() + ")",
                        v.get("aes_key").asText(), v.get("pin").asText(), v.get("pan").asText(),
                        v.get("random_fill_8_bytes").asText(), v.get("expected").get("encrypted_pin_block").asText()));
        Stream<Arguments> dukpt = Vectors.load("dukpt_aes", v -> v.path("expected").has("encrypted_pin_block_iso4"))
                .stream().map(v -> Arguments.of(v.get("id").asText() + " (" + v.get("source").asText() + ")",
                        v.get("expected").get("pin_key_aes128").asText(), v.get("pin").asText(),
                        v.get("pan").asText(), v.get("iso4_plain_pin_field").asText().substring(16),
                        v.get("expected").get("encrypted_pin_block_iso4").asText()));
        return Stream.concat(psec, dukpt);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aesFormat4Blocks")
    void format4UnderAnAesPekBothWays(String name, String pek, String pin, String pan, String fill,
                                      String encrypted) {
        SecretBytes key = SecretBytes.fromHex(pek);
        assertThat(Hex.encode(PinBlockCipher.encipher(key, Algorithm.AES, PinBlockFormat.ISO_FORMAT_4, pin(pin), pan,
                new FixedFill(Hex.decode(fill))))).isEqualTo(encrypted);
        assertThat(Hex.encode(PinBlockCipher.encipher(key, PinBlockFormat.ISO_FORMAT_4, pin(pin), pan,
                new FixedFill(Hex.decode(fill))))).isEqualTo(encrypted);
        assertThat(text(PinBlockCipher.decipher(key, Algorithm.AES, PinBlockFormat.ISO_FORMAT_4,
                Hex.decode(encrypted), pan))).isEqualTo(pin);
    }

    @Test
    void format4DeciphersThePublishedShortPanBlock() {
        JsonNode v = Vectors.load("pinblock", n -> "psec-iso4-shortpan".equals(n.get("id").asText())).get(0);
        assertThat(text(PinBlockCipher.decipher(SecretBytes.fromHex(v.get("aes_key").asText()),
                PinBlockFormat.ISO_FORMAT_4, Hex.decode(v.get("encrypted_pin_block").asText()), v.get("pan").asText())))
                .isEqualTo(v.get("expected").get("pin").asText());
    }

    @ParameterizedTest(name = "{0} under a {1}-byte TDES key")
    @MethodSource("tdesFormatsAndKeyLengths")
    void tdesFormatsRoundTripWithTheirRandomFill(PinBlockFormat format, int keyLength) {
        SecretBytes key = SecretBytes.of(random(keyLength));
        byte[] first = PinBlockCipher.encipher(key, Algorithm.TDES, format, pin("0123456789"), PAN, RANDOM);
        assertThat(first).hasSize(8);
        assertThat(text(PinBlockCipher.decipher(key, Algorithm.TDES, format, first, PAN))).isEqualTo("0123456789");
    }

    static Stream<Arguments> tdesFormatsAndKeyLengths() {
        return Stream.of(PinBlockFormat.ISO_FORMAT_0, PinBlockFormat.ISO_FORMAT_1, PinBlockFormat.ISO_FORMAT_3)
                .flatMap(format -> Stream.of(Arguments.of(format, 16), Arguments.of(format, 24)));
    }

    @ParameterizedTest(name = "AES-{0}")
    @ValueSource(ints = {128, 192, 256})
    void format4RoundTripsUnderEveryAesKeyLength(int bits) {
        SecretBytes key = SecretBytes.of(random(bits / 8));
        byte[] block = PinBlockCipher.encipher(key, Algorithm.AES, PinBlockFormat.ISO_FORMAT_4, pin("9876"), PAN,
                RANDOM);
        assertThat(block).hasSize(16);
        assertThat(text(PinBlockCipher.decipher(key, PinBlockFormat.ISO_FORMAT_4, block, PAN))).isEqualTo("9876");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PinBlockFormat.class)
    void refusesACipherThatDoesNotCarryTheFormat(PinBlockFormat format) {
        Algorithm other = format.cipher() == Algorithm.AES ? Algorithm.TDES : Algorithm.AES;
        SecretBytes key = SecretBytes.of(random(16));
        assertThatThrownBy(() -> PinBlockCipher.encipher(key, other, format, pin("1234"), PAN, RANDOM))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("PIN key carries");
        assertThatThrownBy(() -> PinBlockCipher.decipher(key, other, format, new byte[format.length()], PAN))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("PIN key carries");
    }

    @Test
    void refusesAWrongKeyPanOrLengthAndATamperedBlockWithoutNamingThePin() {
        JsonNode v = Vectors.load("pinblock", n -> "apc-proxy-iso0-111111111111".equals(n.get("id").asText())).get(0);
        SecretBytes key = SecretBytes.fromHex(v.get("pek_tdes").asText());
        String pan = "0" + v.get("pan_rightmost_12_excluding_check_digit").asText() + "9";
        byte[] block = Hex.decode(v.get("expected").get("encrypted_pin_block").asText());
        byte[] tampered = block.clone();
        tampered[3] ^= 0x01;
        for (Runnable refused : new Runnable[] {
            () -> PinBlockCipher.decipher(SecretBytes.fromHex("0123456789ABCDEFFEDCBA9876543210"),
                    PinBlockFormat.ISO_FORMAT_0, block, pan),
            () -> PinBlockCipher.decipher(key, PinBlockFormat.ISO_FORMAT_0, block, "4000000000000002"),
            () -> PinBlockCipher.decipher(key, PinBlockFormat.ISO_FORMAT_0, tampered, pan),
            () -> PinBlockCipher.decipher(key, PinBlockFormat.ISO_FORMAT_0, new byte[16], pan),
            () -> PinBlockCipher.decipher(SecretBytes.of(random(8)), PinBlockFormat.ISO_FORMAT_0, block, pan),
            () -> PinBlockCipher.encipher(key, PinBlockFormat.ISO_FORMAT_0, pin("123"), pan, RANDOM)}) {
            assertThatThrownBy(refused::run).isInstanceOf(InvalidInputException.class)
                    .hasMessageNotContaining(v.get("pin").asText());
        }
    }

    @Test
    void decipheredPinIsASecretThatClosingWipes() {
        SecretBytes key = SecretBytes.of(random(16));
        byte[] block = PinBlockCipher.encipher(key, PinBlockFormat.ISO_FORMAT_3, pin("4321"), PAN, RANDOM);
        SecretBytes pin = PinBlockCipher.decipher(key, PinBlockFormat.ISO_FORMAT_3, block, PAN);
        try (pin) {
            assertThat(pin.toString()).doesNotContain("4321");
            assertThat(text(pin)).isEqualTo("4321");
        }
        assertThat(pin.copy()).containsOnly((byte) 0);
    }

    private static SecretBytes pin(String digits) {
        return SecretBytes.of(digits.getBytes(StandardCharsets.US_ASCII));
    }

    private static String text(SecretBytes pin) {
        return new String(pin.copy(), StandardCharsets.US_ASCII);
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** The published vectors' fixed fill where ISO format 4 takes eight random bytes. */
    private static final class FixedFill extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] fill;

        FixedFill(byte[] fill) {
            this.fill = fill;
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(fill, 0, bytes, 0, bytes.length);
        }
    }
}
