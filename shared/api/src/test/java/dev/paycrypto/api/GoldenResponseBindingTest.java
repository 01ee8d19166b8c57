package dev.paycrypto.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every response recorded in {@code functions/src/test/resources/golden} (before the typed-boundary refactoring)
 * binds into its operation's output record and writes back byte for byte: same members, values, number
 * formatting, and member order. Four structures were written in an order other than the model's; their records
 * keep it with {@code @JsonPropertyOrder} (the generator's {@code WireOrder}), so the list of out-of-order
 * objects, {@link #RECORDED_OUT_OF_MODEL_ORDER}, is empty and the test checks it stays so. (Leaves recorded as
 * {@code "<varies>"} all stand where the model has a plain string, so they bind and write back as they are.)
 */
class GoldenResponseBindingTest {

    /** Where the written member order is not the recorded one: file, object, recorded order, written order. */
    static final List<String> RECORDED_OUT_OF_MODEL_ORDER = List.of();

    @Test
    void everyRecordedResponseBindsAndWritesBackByteForByteExceptWhereListed() throws IOException {
        List<Path> files = Samples.files(Samples.GOLDEN);
        assertThat(files).hasSize(47);
        List<String> outOfOrder = new ArrayList<>();
        for (Path file : files) {
            String recorded = Files.readString(file, StandardCharsets.UTF_8).strip();
            ApiOperation<?, ?> operation = Samples.operation(file);
            String written = null;
            for (ObjectMapper mapper : List.of(Mappers.JSON_CODEC, Mappers.DEFAULTS)) {
                Object output = mapper.readValue(recorded, operation.output());
                String text = mapper.writeValueAsString(output);
                assertThat(written == null ? text : written).as("both mappers write " + file).isEqualTo(text);
                written = text;
            }
            // the same members and values whatever the order; then where the order differs
            JsonNode recordedTree = Mappers.JSON_CODEC.readTree(recorded);
            JsonNode writtenTree = Mappers.JSON_CODEC.readTree(written);
            assertThat(writtenTree).as(Samples.name(file)).isEqualTo(recordedTree);
            int before = outOfOrder.size();
            orderDifferences(Samples.name(file), "$", recordedTree, writtenTree, outOfOrder);
            if (outOfOrder.size() == before) {
                assertThat(written).as(Samples.name(file)).isEqualTo(recorded);
            }
        }
        assertThat(outOfOrder).containsExactlyElementsOf(RECORDED_OUT_OF_MODEL_ORDER);
    }

    /** Each object, at any depth, whose members come in a different order in the two trees. */
    private static void orderDifferences(String file, String path, JsonNode recorded, JsonNode written,
                                         List<String> out) {
        if (recorded.isObject()) {
            List<String> recordedNames = new ArrayList<>();
            recorded.fieldNames().forEachRemaining(recordedNames::add);
            List<String> writtenNames = new ArrayList<>();
            written.fieldNames().forEachRemaining(writtenNames::add);
            if (!recordedNames.equals(writtenNames)) {
                out.add(file + " " + path + ": recorded " + recordedNames + ", model " + writtenNames);
            }
            recordedNames.forEach(name -> orderDifferences(file, path + "." + name, recorded.get(name),
                    written.get(name), out));
        } else if (recorded.isArray()) {
            for (int i = 0; i < recorded.size(); i++) {
                orderDifferences(file, path + "[" + i + "]", recorded.get(i), written.get(i), out);
            }
        }
    }
}
