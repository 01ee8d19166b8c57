package dev.paycrypto.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.paycrypto.api.Union;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a union from its wire object by the one member the model knows, as AWS does: members the model does not
 * know are ignored wherever they stand (even before the real member), and a member set to {@code null} counts as
 * unset. None or several known members are refused: requests reach binding already validated against the model,
 * so that is a programming error here, and the exception names the members, never their values.
 *
 * <p>Each generated union has a {@code Reader} subclass listing its members.
 */
public abstract class UnionReader<U extends Union> extends StdDeserializer<U> {

    private final Map<String, Member<U, ?>> members;

    @SafeVarargs
    protected UnionReader(Class<U> union, Member<U, ?>... members) {
        super(union);
        Map<String, Member<U, ?>> byName = new LinkedHashMap<>();
        for (Member<U, ?> member : members) {
            byName.put(member.name(), member);
        }
        this.members = Collections.unmodifiableMap(byName);
    }

    /** A member whose record implements the union itself. */
    protected static <U, T extends U> Member<U, T> member(String name, Class<T> type) {
        return new Member<>(name, type, value -> value);
    }

    /** A member whose value is wrapped in a record of the union ({@code wrap}). */
    protected static <U, T> Member<U, T> member(String name, Class<T> type, Function<T, U> wrap) {
        return new Member<>(name, type, wrap);
    }

    /** One member of a union: its wire name, the type of its value, and how that value becomes a union value. */
    protected record Member<U, T>(String name, Class<T> type, Function<T, U> wrap) {

        U read(JsonParser p, DeserializationContext ctxt) throws IOException {
            return wrap.apply(ctxt.readValue(p, type));
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public U deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String name;
        if (p.isExpectedStartObjectToken()) {
            name = p.nextFieldName();
        } else if (p.hasToken(JsonToken.FIELD_NAME)) {
            name = p.currentName();
        } else {
            return (U) ctxt.handleUnexpectedToken(handledType(), p);
        }
        U chosen = null;
        List<String> set = new ArrayList<>(1);
        for (; name != null; name = p.nextFieldName()) {
            JsonToken token = p.nextToken();
            Member<U, ?> member = members.get(name);
            if (member == null || token == JsonToken.VALUE_NULL) {
                p.skipChildren();
                continue;
            }
            set.add(name);
            if (chosen == null) {
                chosen = member.read(p, ctxt);
            } else {
                p.skipChildren();
            }
        }
        if (set.size() != 1) {
            return ctxt.reportInputMismatch(this, "Union %s must have exactly one member set, found %s",
                    handledType().getSimpleName(), set.isEmpty() ? "none" : set.size() + " " + set);
        }
        return chosen;
    }
}
