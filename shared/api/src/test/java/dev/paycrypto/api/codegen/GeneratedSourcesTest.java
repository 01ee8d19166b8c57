package dev.paycrypto.api.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The records, unions and enums checked in under {@code src/main/java/dev/paycrypto/api/{control,data}} are the
 * generator's output for the vendored models, file for file and character for character: so they match the
 * models member for member. With {@code -Dapi.regenerate=true} the test writes them instead (and removes any
 * source the models no longer call for), then compares as usual.
 */
class GeneratedSourcesTest {

    private static final Path SOURCES = Path.of("src/main/java");

    @ParameterizedTest
    @EnumSource(Plane.class)
    void checkedInSourcesAreTheGeneratorsOutput(Plane plane) throws IOException {
        SortedMap<String, String> generated = JavaSources.generate(plane);
        Path directory = SOURCES.resolve(plane.directory());
        if (Boolean.getBoolean("api.regenerate")) {
            regenerate(directory, generated);
        }
        SortedMap<String, String> checkedIn = read(directory);
        assertThat(checkedIn.keySet()).as("generated sources of " + plane.modelFile)
                .containsExactlyElementsOf(generated.keySet());
        generated.forEach((path, text) -> assertThat(checkedIn.get(path))
                .as(path + " differs from the generator's output; run " + JavaSources.REGENERATE).isEqualTo(text));
    }

    private static void regenerate(Path directory, Map<String, String> generated) throws IOException {
        Files.createDirectories(directory);
        for (String path : read(directory).keySet()) {
            if (!generated.containsKey(path)) {
                Files.delete(SOURCES.resolve(path));
            }
        }
        for (Map.Entry<String, String> source : generated.entrySet()) {
            Files.writeString(SOURCES.resolve(source.getKey()), source.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static SortedMap<String, String> read(Path directory) throws IOException {
        SortedMap<String, String> sources = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return sources;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(SOURCES.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return sources;
    }
}
