package dev.paycrypto.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Key ARNs are read by hand (no regex per call); what is read must be exactly what the ARN grammar
 * ({@link KeyArns#KEY_ARN}) matches — checked here against the regex itself, on well-formed ARNs and on many
 * seeded mutations of them.
 */
class KeyArnsTest {

    private static final Pattern GRAMMAR = Pattern.compile(KeyArns.KEY_ARN);
    private static final String VALID = "arn:aws:payment-cryptography:us-east-1:111122223333:key/abcdefghijklmnop";
    private static final String ALPHABET = "arn:awspymetcrogphus-e1:key/0123456789ABCZ-_.aliasX";

    @Test
    void readsWhatTheGrammarMatchesAndRefusesWhatItDoesNot() {
        assertSameAsGrammar(VALID);
        assertSameAsGrammar("arn:aws:payment-cryptography:ap-southeast-12:444455556666:key/" + "A1".repeat(32));
        assertSameAsGrammar("arn:aws:payment-cryptography:eu-west-1:111122223333:alias/x");
        assertSameAsGrammar("arn:aws:payment-cryptography:us-gov-west-1:111122223333:key/abcdefghijklmnop");
        assertSameAsGrammar("");
        Random random = new Random(20261204);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder mutated = new StringBuilder(VALID);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(mutated.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> mutated.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    case 1 -> {
                        if (at < mutated.length()) {
                            mutated.deleteCharAt(at);
                        }
                    }
                    default -> {
                        if (at < mutated.length()) {
                            mutated.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                        }
                    }
                }
            }
            assertSameAsGrammar(mutated.toString());
        }
    }

    private static void assertSameAsGrammar(String value) {
        Matcher m = GRAMMAR.matcher(value);
        Optional<KeyArns.KeyArn> expected = m.matches()
                ? Optional.of(new KeyArns.KeyArn(m.group(1), m.group(2), m.group(3))) : Optional.empty();
        assertThat(KeyArns.parseKeyArn(value)).as(value).isEqualTo(expected);
    }
}
