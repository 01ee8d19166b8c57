package dev.paycrypto.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Reads the known-answer vectors under src/test/resources/vectors; each vector carries its published source. */
public final class Vectors {

    private Vectors() {
    }

    public static List<JsonNode> load(String family, Predicate<JsonNode> filter) {
        try (InputStream in = Vectors.class.getResourceAsStream("/vectors/" + family + ".json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<JsonNode> selected = new ArrayList<>();
            root.get("vectors").forEach(vector -> {
                if (filter.test(vector)) {
                    selected.add(vector);
                }
            });
            if (selected.isEmpty()) {
                throw new IllegalStateException("no vectors selected from " + family);
            }
            return selected;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
