package dev.paycrypto.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules ARCHITECTURE.md states about the main code, read from the sources of the whole checkout: operations
 * are thin, classes are short, and requests are read through their types, not their wire names.
 */
class ArchitectureRulesTest {

    private static final Path ROOT = Path.of("..");
    private static final int MAX_LINES = 300;
    /** A {@code case "Name"} (or {@code case "A", "B"}) on a PascalCase member or an UPPER_CASE enum value. */
    private static final Pattern WIRE_NAME_CASE = Pattern.compile("case \"([A-Z][A-Za-z0-9_]*)\"");

    @Test
    void noOperationClassUsesTheCryptoLayer() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path source : mainSources(ROOT.resolve("functions"))) {
            String path = source.toString();
            if ((path.contains("/functions/control/") || path.contains("/functions/data/"))
                    && Files.readString(source).contains("import dev.paycrypto.crypto.")) {
                offenders.add(path);
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void noMainClassIsLongerThan300Lines() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path source : allMainSources()) {
            long lines = Files.readAllLines(source, StandardCharsets.UTF_8).size();
            if (lines > MAX_LINES && !isGenerated(source)) {
                offenders.add(source + " (" + lines + ")");
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void requestsAreReadByTypeNotByWireName() throws IOException {
        List<String> cases = new ArrayList<>();
        for (Path source : allMainSources()) {
            Matcher matcher = WIRE_NAME_CASE.matcher(Files.readString(source));
            while (matcher.find()) {
                cases.add(source.getFileName() + ": " + matcher.group());
            }
        }
        assertThat(cases).as("string cases on wire names").hasSizeLessThan(10);
    }

    private static boolean isGenerated(Path source) throws IOException {
        return Files.readString(source).startsWith("// GENERATED");
    }

    private static List<Path> allMainSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String module : Set.of("shared", "functions", "infra")) {
            sources.addAll(mainSources(ROOT.resolve(module)));
        }
        return sources;
    }

    private static List<Path> mainSources(Path module) throws IOException {
        try (Stream<Path> files = Files.walk(module)) {
            return files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/")
                    && !f.toString().contains("/target/")).sorted().toList();
        }
    }
}
