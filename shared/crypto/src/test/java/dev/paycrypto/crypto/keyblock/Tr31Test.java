package dev.paycrypto.crypto.keyblock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.IntegrityException;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.Vectors;
import java.security.SecureRandom;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * TR-31 / X9.143 key blocks. Known answers: every version A, B, C and D block of vectors/tr31.json (sources:
 * openemv/tr31 test suite, psec test suite, as cited per vector). Version E (ISO 20038) blocks are in the file
 * for completeness but are not a format this service uses, so they are skipped.
 */
class Tr31Test {

    private static final SecureRandom RANDOM = new SecureRandom(new byte[] {1});

    static Stream<Arguments> publishedBlocks() {
        return Vectors.load("tr31", v -> "ABCD".indexOf(v.get("key_block").asText().charAt(0)) >= 0).stream()
                .map(v -> Arguments.of(v.get("id").asText(), v));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedBlocks")
    void unwrapsPublishedBlocks(String id, JsonNode vector) {
        Tr31Unwrapped unwrapped = Tr31.unwrap(SecretBytes.fromHex(vector.get("kbpk").asText()),
                vector.get("key_block").asText());
        assertThat(Hex.encode(unwrapped.key().copy())).isEqualTo(vector.get("expected").get("key").asText());
        JsonNode header = vector.get("header");
        assertThat(unwrapped.header().keyUsage()).isEqualTo(header.get("key_usage").asText());
        assertThat(String.valueOf(unwrapped.header().algorithm())).isEqualTo(header.get("algorithm").asText());
        assertThat(String.valueOf(unwrapped.header().modeOfUse())).isEqualTo(header.get("mode_of_use").asText());
        assertThat(String.valueOf(unwrapped.header().exportability()))
                .isEqualTo(header.get("exportability").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedBlocks")
    void refusesEveryPublishedBlockWithOneCharacterChanged(String id, JsonNode vector) {
        SecretBytes kbpk = SecretBytes.fromHex(vector.get("kbpk").asText());
        String block = vector.get("key_block").asText();
        for (int position : new int[] {5, 8, 11, block.length() / 2, block.length() - 1}) {
            char original = block.charAt(position);
            char replacement = original == 'A' ? 'B' : 'A';
            String tampered = block.substring(0, position) + replacement + block.substring(position + 1);
            assertThatThrownBy(() -> Tr31.unwrap(kbpk, tampered)).isInstanceOf(CryptoException.class);
        }
    }

    static Stream<Arguments> versionsAndKbpks() {
        return Stream.of(
                Arguments.of('A', 16), Arguments.of('B', 16), Arguments.of('B', 24), Arguments.of('C', 24),
                Arguments.of('D', 16), Arguments.of('D', 24), Arguments.of('D', 32));
    }

    @ParameterizedTest(name = "version {0} with a {1}-byte KBPK")
    @MethodSource("versionsAndKbpks")
    void wrapThenUnwrapGivesTheKeyAndHeaderBack(char version, int kbpkLength) {
        SecretBytes kbpk = SecretBytes.of(random(kbpkLength));
        SecretBytes key = SecretBytes.of(random(24));
        Tr31Header header = new Tr31Header(version, "C0", 'T', 'C', "00", 'E',
                List.of(new Tr31OptionalBlock("KS", "00604B120F9292800000"), new Tr31OptionalBlock("10", "bound-id")));
        String block = Tr31.wrap(kbpk, header, key, RANDOM);
        assertThat(block).startsWith(version + String.format("%04d", block.length()) + "C0TC00E");
        Tr31Unwrapped unwrapped = Tr31.unwrap(kbpk, block);
        assertThat(unwrapped.key()).isEqualTo(key);
        assertThat(unwrapped.header()).isEqualTo(header);
    }

    @Test
    void carriesAnRsa4096PrivateKeyInAVersionDBlockWithExtendedLengthOptionalBlock() {
        SecretBytes kbpk = SecretBytes.of(random(32));
        SecretBytes key = SecretBytes.of(random(2400));
        Tr31Header header = new Tr31Header('D', "D1", 'R', 'D', "00", 'N',
                List.of(new Tr31OptionalBlock("11", "x".repeat(300))));
        Tr31Unwrapped unwrapped = Tr31.unwrap(kbpk, Tr31.wrap(kbpk, header, key, RANDOM));
        assertThat(unwrapped.key()).isEqualTo(key);
        assertThat(unwrapped.header().optionalBlock("11")).contains("x".repeat(300));
    }

    @ParameterizedTest(name = "version {0}")
    @ValueSource(chars = {'A', 'B', 'C', 'D'})
    void refusesAWrongKbpkTruncationAndAForeignKbpkLength(char version) {
        int length = version == 'D' ? 32 : 16;
        SecretBytes kbpk = SecretBytes.of(random(length));
        String block = Tr31.wrap(kbpk, new Tr31Header(version, "K0", 'T', 'B', "00", 'E', List.of()),
                SecretBytes.of(random(16)), RANDOM);
        assertThatThrownBy(() -> Tr31.unwrap(SecretBytes.of(random(length)), block))
                .isInstanceOf(IntegrityException.class);
        assertThatThrownBy(() -> Tr31.unwrap(kbpk, block.substring(0, block.length() - 2)))
                .isInstanceOf(CryptoException.class);
        assertThatThrownBy(() -> Tr31.unwrap(SecretBytes.of(random(version == 'D' ? 8 : 32)), block))
                .isInstanceOf(CryptoException.class);
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
