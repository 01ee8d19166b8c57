package dev.paycrypto.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample request of {@code events/} binds into its operation's input record, and the record writes back
 * the same members with the same values. Path labels of the data plane are merged into the body first, as
 * {@code RestJsonBinder} does: a member whose {@code location} is {@code uri} takes the event's path parameter.
 */
class RequestBindingTest {

    static List<Path> events() {
        return Samples.files(Samples.EVENTS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void bindsAndWritesBackTheSameMembers(Path file) throws IOException {
        JsonNode event = Mappers.JSON_CODEC.readTree(Files.readString(file));
        ObjectNode body = (ObjectNode) Mappers.JSON_CODEC.readTree(event.get("body").asText());
        mergePathLabels(file, event, body);
        ApiOperation<?, ?> operation = Samples.operation(file);
        for (ObjectMapper mapper : List.of(Mappers.JSON_CODEC, Mappers.DEFAULTS)) {
            Object input = mapper.treeToValue(body, operation.input());
            assertThat(input).isInstanceOf(operation.input());
            JsonNode written = Mappers.JSON_CODEC.readTree(mapper.writeValueAsString(input));
            assertThat(written).as(Samples.name(file)).isEqualTo(body);
        }
    }

    private static void mergePathLabels(Path file, JsonNode event, ObjectNode body) {
        String inputShape = Samples.model(file).get("operations").get(Samples.operation(file).name())
                .get("input").get("shape").asText();
        Samples.model(file).get("shapes").get(inputShape).get("members").properties().forEach(member -> {
            if (member.getValue().path("location").asText().equals("uri")) {
                String label = member.getValue().path("locationName").asText(member.getKey());
                assertThat(event.path("pathParameters").has(label)).as(label + " of " + file).isTrue();
                body.put(member.getKey(), event.get("pathParameters").get(label).asText());
            }
        });
    }
}
