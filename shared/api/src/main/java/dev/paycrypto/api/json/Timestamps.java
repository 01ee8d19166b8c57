package dev.paycrypto.api.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The wire form of a timestamp in both protocols (awsJson1_0 and restJson1 default to epoch seconds): a number
 * of seconds with the milliseconds as a three-digit fraction, {@code 1795345200.000}. The one place of that rule;
 * {@code JsonCodec} asks it too.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /** Epoch seconds with exactly three decimals (scale 3), which JSON writes as {@code 1795345200.000}. */
    public static BigDecimal toEpochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3);
    }

    /** The instant of a number of epoch seconds; digits below the millisecond are dropped. */
    public static Instant fromEpochSeconds(BigDecimal seconds) {
        return Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
    }

    /** Writes an {@link Instant} member as {@link #toEpochSeconds}. */
    public static final class Writer extends StdScalarSerializer<Instant> {

        public Writer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(toEpochSeconds(value));
        }
    }

    /** Reads an {@link Instant} member from a JSON number of epoch seconds; anything else is refused. */
    public static final class Reader extends StdScalarDeserializer<Instant> {

        public Reader() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.currentToken().isNumeric()) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            return fromEpochSeconds(p.getDecimalValue());
        }
    }
}
