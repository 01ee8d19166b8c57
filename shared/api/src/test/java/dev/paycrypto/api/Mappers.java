package dev.paycrypto.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The mappers the records are tested with. The service binds with {@code dev.paycrypto.app.json.JsonCodec}'s,
 * which this module cannot see (app depends on api): {@link #JSON_CODEC} is configured the same way. The records
 * carry their own JSON configuration in annotations, so Jackson's defaults must bind them identically.
 */
final class Mappers {

    /** As {@code JsonCodec.mapper()} is built. */
    static final ObjectMapper JSON_CODEC = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Jackson's defaults: unknown properties fail, floats are doubles. */
    static final ObjectMapper DEFAULTS = JsonMapper.builder().build();

    private Mappers() {
    }

    static Stream<Arguments> both() {
        return Stream.of(Arguments.of("JsonCodec's configuration", JSON_CODEC),
                Arguments.of("Jackson's defaults", DEFAULTS));
    }
}
