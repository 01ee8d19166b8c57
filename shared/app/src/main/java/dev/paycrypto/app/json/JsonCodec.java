package dev.paycrypto.app.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.paycrypto.api.json.Timestamps;
import dev.paycrypto.app.errors.SerializationException;
import java.time.Instant;

/**
 * The service's one JSON configuration: parsing request bodies, writing responses, and timestamps. The typed
 * records of {@code dev.paycrypto.api} carry their own binding in annotations, so this mapper binds and writes
 * them as it is.
 */
public final class JsonCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // a timestamp keeps its three decimals (1795345200.000) when a typed response becomes a tree
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    /** Writing through a writer made once spares the per-call copy of the mapper's configuration. */
    private static final ObjectWriter WRITER = MAPPER.writer();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(1 << 20).maxNumberLength(64).build());
    }

    private JsonCodec() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A request body: an empty body is an empty object; anything but a JSON object is refused. */
    public static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return JsonNodeFactory.instance.objectNode();
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new SerializationException("The request body is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new SerializationException("The request body must be a JSON object");
        }
        return node;
    }

    /** A validated request tree bound into its typed request. */
    public static <T> T bind(JsonNode request, Class<T> type) {
        try {
            return MAPPER.treeToValue(request, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // the tree passed model validation, so this is a request the model allows and the binding does not
            throw new SerializationException("The request could not be read as " + type.getSimpleName());
        }
    }

    /** A typed response as the members it writes. */
    public static JsonNode tree(Object response) {
        return MAPPER.valueToTree(response);
    }

    public static String write(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response serialisation failed", e);
        }
    }

    /** A timestamp as both protocols carry it by default: epoch seconds, with milliseconds as a fraction. */
    public static JsonNode timestamp(Instant instant) {
        return DecimalNode.valueOf(Timestamps.toEpochSeconds(instant));
    }

    public static Instant parseTimestamp(JsonNode node) {
        return Timestamps.fromEpochSeconds(node.decimalValue());
    }
}
