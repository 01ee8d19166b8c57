package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every log line the test suite wrote (runtime request lines, the functions' and workers' own logs, see
 * log4j2-test.xml), and every audit record, and asserts that none carries a secret: the clear keys and PANs the
 * tests used, any run of 12–19 digits (a PAN), or any request-body member (as JSON or key=value) that holds secret
 * data.
 */
final class LogScan {

    static final Path LOG = Path.of("target/test-logs/paycrypto.log");
    private static final Pattern PAN_LIKE = Pattern.compile("(?<![0-9A-Za-z-])[0-9]{12,19}(?![0-9A-Za-z-])");
    private static final List<String> SECRET_MEMBERS = List.of("PrimaryAccountNumber", "ValidationData",
            "WrappedKeyCryptogram", "CardExpiryDate", "KeyMaterial", "PinBlock", "NewEncryptedPinBlock", "TrackData",
            "ApplicationCryptogram", "MessageData", "Tr31KeyBlock", "WrappedKeyBlock", "WrappedKeyMaterial");

    private LogScan() {
    }

    /** The clear keys and PANs the end-to-end suite sends. */
    private static final List<String> SECRETS = List.of("0123456789ABCDEFFEDCBA9876543210",
            "99999999999999998888888888888888", "12345678123456781234567812345678", "CCCCDDDDEEEEFFFFAAAABBBBCCCCDDDD",
            "171234567890123", "4123456789012345", "2222222222222222", "123456789012", "4111111111111111",
            "AABBCCDDEEFF00011122334455667788", "112233445566778811223344556677AA", "2B7E151628AED2A6ABF7158809CF4F3C",
            "11111111111111112222222222222222", "FEDCBA98765432100123456789ABCDEF", "01234567899876543210012345678998",
            "DD7515F2BFC17F85CE48F3CA25CB21F6", "3F419E1CB7079442AA37474C2EFBF8B8", "000102030405060708090A0B0C0D0E0F",
            "89E88CF7931444F334BD7547FC3F380C", "FEDCBA9876543210F1F1F1F1F1F1F1F1", "6AC292FAA1315B4D858AB3A3D7D5933A",
            "1273671EA26AC29AFA4D1084127652A1", "EFE0853B256B583D868F251CE99EA1D9", "1D22BF32387C600AD97F9B97A51311AC",
            "AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBB", "B8ED59E0A279A295E9F5ED7944FD06B9", "8A8349794C9EE9A4C2927098F249FED6",
            "4141414141414141414141414141414141414141414141414141414141414141",
            "88E1AB2A2E3DD38C1FA039A536500CC8A87AB9D62DC92C01058FA79F44657DE6");

    /** How many lines the log holds now (0 before the first). */
    static long lineCount() {
        return Files.exists(LOG) ? read().size() : 0;
    }

    /** The runtime's request lines written after line {@code mark} that reached a function (an operation name). */
    static long operationCallsSince(long mark) {
        return read().stream().skip(mark).filter(line -> REQUEST_LINE.matcher(line).find()).count();
    }

    private static final Pattern REQUEST_LINE = Pattern.compile(" requests \\S+ [a-z0-9-]+ [A-Z][A-Za-z0-9]+ \\d{3} ");

    private static List<String> read() {
        try {
            return Files.readAllLines(LOG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertNoSecrets() {
        List<String> lines = read();
        assertThat(lines).as("the suite wrote log lines to scan").isNotEmpty();
        lines.forEach(LogScan::assertClean);
    }

    /**
     * One line (or audit record) holds no secret: none of the suite's clear keys or PANs, no PAN-like number, and
     * no secret request member with a value — except the forms the audit allow-list writes: a PAN masked to its
     * first six and last four digits, and a union reduced to the name of its chosen member.
     */
    static void assertClean(String line) {
        String withoutAccount = line.replaceAll(":[0-9]{12}:", "::")  // account ids in ARNs
                .replaceAll("key/[0-9a-z]{16}", "key/")  // key ids, which tests may choose all-digit
                .replaceAll("\"(accountId|recipientAccountId|account)\":\"[0-9]{12}\"", "");
        for (String secret : SECRETS) {
            assertThat(line).as("line leaks a secret").doesNotContainIgnoringCase(secret);
        }
        assertThat(PAN_LIKE.matcher(withoutAccount.replaceAll("\\d{2}:\\d{2}:\\d{2}\\.\\d{3}", "")).find())
                .as("line holds a PAN-like number: " + line).isFalse();
        for (String member : SECRET_MEMBERS) {
            assertThat(line).as("line holds a request body").doesNotContain(member + "=");
            Matcher value = Pattern.compile("\"" + member + "\"\\s*:\\s*(\"([^\"]*)\"|.)").matcher(line);
            while (value.find()) {
                String text = value.group(2);
                boolean allowed = text != null && ("PrimaryAccountNumber".equals(member)
                        ? MASKED_PAN.matcher(text).matches() : MEMBER_NAME.matcher(text).matches());
                assertThat(allowed).as("line holds the value of " + member + ": " + line).isTrue();
            }
        }
    }

    private static final Pattern MASKED_PAN = Pattern.compile("[0-9]{6}\\*+[0-9]{4}|\\*+");
    /** A union's chosen member, as the audit allow-list writes it: a name, never hex data. */
    private static final Pattern MEMBER_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*");
}
