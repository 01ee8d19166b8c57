package dev.paycrypto.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.paycrypto.keys.KeyLifecycle;
import dev.paycrypto.keys.KeyReplication;
import dev.paycrypto.service.runtime.Services;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The response of every sample event of {@code events/}, byte for byte, against the answer recorded in
 * {@code golden/} before the typed-boundary refactoring: member order, values and formatting. A leaf that differs
 * between two runs of the same event (a new key's id or check value, a fresh import token, random material) is
 * recorded as {@value #VARIES} and compared only for its presence and place.
 *
 * <p>Recording (only when the behaviour is meant to change): {@code -Dgolden.record=true}; each event then runs
 * twice in two fresh regions and the leaves that differ are marked.
 */
class GoldenResponsesTest {

    static final String VARIES = "<varies>";
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    /** Reads numbers exactly as written, so that {@code 1795345200.000} stays as it is on the wire. */
    private static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    static Stream<Path> events() throws IOException {
        return Fixtures.apiEvents().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void answersAsRecorded(Path file) throws Exception {
        String plane = file.getParent().getFileName().toString();
        String operation = file.getFileName().toString().replace(".json", "");
        Path golden = GOLDEN.resolve(plane).resolve(operation + ".json");
        String first = run(file, plane, operation);
        if (Boolean.getBoolean("golden.record")) {
            String second = run(file, plane, operation);
            JsonNode recorded = parse(first);
            mark(recorded, parse(second));
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, write(recorded) + "\n", StandardCharsets.UTF_8);
        }
        JsonNode expected = parse(Files.readString(golden, StandardCharsets.UTF_8).strip());
        JsonNode actual = parse(first);
        mask(actual, expected);
        assertThat(write(actual)).as(operation).isEqualTo(write(expected));
        if (!Files.readString(golden).contains(VARIES)) {
            // nothing masked: the body itself is byte-identical to the recording
            assertThat(first).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8).strip());
        }
    }

    /** The response body of one replay in a fresh seeded region. */
    private static String run(Path file, String plane, String operation) throws Exception {
        Services services = Fixtures.seededRegion();
        if ("RemoveKeyReplicationRegions".equals(operation)) {
            services.keyStore().updateKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID, key -> key.toBuilder()
                    .replication(new KeyReplication(KeyReplication.Role.PRIMARY, Fixtures.REGION, Map.of("eu-west-1",
                            new KeyReplication.RegionStatus(KeyReplication.State.SYNCHRONIZED, null)), false)).build());
        }
        if ("GetMpaTeamAssociation".equals(operation) || "DisassociateMpaTeam".equals(operation)) {
            Fixtures.associateSampleTeam(services);
        }
        if ("RestoreKey".equals(operation)) {
            services.keyStore().updateKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID,
                    key -> KeyLifecycle.scheduleDeletion(key, Fixtures.NOW, 7));
        }
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent(file.toString());
        APIGatewayProxyResponseEvent response = Fixtures.handler(plane, operation, services)
                .handleRequest(event, null);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        return response.getBody();
    }

    /** Replaces in {@code recorded} every leaf that differs in {@code other} by {@value #VARIES}. */
    private static void mark(JsonNode recorded, JsonNode other) {
        if (recorded instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                JsonNode counterpart = other.get(field.getKey());
                if (field.getValue().isValueNode()) {
                    if (!field.getValue().equals(counterpart)) {
                        field.setValue(TextNode.valueOf(VARIES));
                    }
                } else if (counterpart != null) {
                    mark(field.getValue(), counterpart);
                }
            }
        } else if (recorded.isArray()) {
            for (int i = 0; i < recorded.size() && i < other.size(); i++) {
                if (recorded.get(i).isValueNode()) {
                    if (!recorded.get(i).equals(other.get(i))) {
                        ((com.fasterxml.jackson.databind.node.ArrayNode) recorded).set(i, TextNode.valueOf(VARIES));
                    }
                } else {
                    mark(recorded.get(i), other.get(i));
                }
            }
        }
    }

    /** Replaces in {@code actual} the leaves {@code expected} marks as varying. */
    private static void mask(JsonNode actual, JsonNode expected) {
        if (actual instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                JsonNode counterpart = expected.get(field.getKey());
                if (counterpart == null) {
                    continue;
                }
                if (VARIES.equals(counterpart.textValue()) && field.getValue().isValueNode()) {
                    field.setValue(TextNode.valueOf(VARIES));
                } else {
                    mask(field.getValue(), counterpart);
                }
            }
        } else if (actual.isArray()) {
            for (int i = 0; i < actual.size() && i < expected.size(); i++) {
                if (VARIES.equals(expected.get(i).textValue()) && actual.get(i).isValueNode()) {
                    ((com.fasterxml.jackson.databind.node.ArrayNode) actual).set(i, TextNode.valueOf(VARIES));
                } else {
                    mask(actual.get(i), expected.get(i));
                }
            }
        }
    }

    private static JsonNode parse(String json) throws IOException {
        return EXACT.readTree(json);
    }

    private static String write(JsonNode node) throws IOException {
        return EXACT.writeValueAsString(node);
    }
}
