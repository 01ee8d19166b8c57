package dev.paycrypto.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.data.DataPlaneOperations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The project's sample requests ({@code events/}) and recorded responses ({@code functions/.../golden/}), read
 * from the repository, with the operation each belongs to.
 */
final class Samples {

    static final Path ROOT = Path.of("../..");
    static final Path EVENTS = ROOT.resolve("events");
    static final Path GOLDEN = ROOT.resolve("functions/src/test/resources/golden");

    private static final Map<String, JsonNode> MODELS = new ConcurrentHashMap<>();

    private Samples() {
    }

    /** {@code control/CreateKey.json}-style files under {@code folder}, one per operation, sorted. */
    static List<Path> files(Path folder) {
        return Stream.of("control", "data").map(folder::resolve).flatMap(Samples::list).sorted().toList();
    }

    private static Stream<Path> list(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".json")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operation a sample file is named after, in the plane its folder is named after. */
    static ApiOperation<?, ?> operation(Path file) {
        String name = file.getFileName().toString().replace(".json", "");
        Map<String, ApiOperation<?, ?>> operations = isDataPlane(file)
                ? DataPlaneOperations.ALL : ControlPlaneOperations.ALL;
        ApiOperation<?, ?> operation = operations.get(name);
        if (operation == null) {
            throw new IllegalArgumentException("No operation " + name + " for " + file);
        }
        return operation;
    }

    static boolean isDataPlane(Path file) {
        return file.getParent().getFileName().toString().equals("data");
    }

    /** The vendored model of the sample's plane. */
    static JsonNode model(Path file) {
        return MODELS.computeIfAbsent(isDataPlane(file) ? "payment-cryptography-data.json"
                : "payment-cryptography.json", Samples::load);
    }

    private static JsonNode load(String resource) {
        try (InputStream in = Samples.class.getResourceAsStream("/dev/paycrypto/api/models/" + resource)) {
            return Mappers.JSON_CODEC.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a sample sits, for test names: {@code data/GenerateMac.json}. */
    static String name(Path file) {
        return file.getParent().getFileName() + "/" + file.getFileName();
    }
}
