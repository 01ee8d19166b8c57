package dev.paycrypto.api.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.paycrypto.api.Union;
import java.io.IOException;

/**
 * Writes a union member as the wire has it, an object of one member: {@code {"CardVerificationValue2": {...}}}.
 * Named on each union-typed record component (not on the union's interface, whose records are also written
 * plainly where a structure is used outside a union).
 */
public final class UnionWriter extends StdSerializer<Union> {

    public UnionWriter() {
        super(Union.class);
    }

    @Override
    public void serialize(Union value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(value);
        gen.writeFieldName(value.memberName());
        provider.defaultSerializeValue(value.memberValue(), gen);
        gen.writeEndObject();
    }
}
