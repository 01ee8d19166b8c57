package dev.paycrypto.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An operation of one of the two models with the records its request binds into and its response is written
 * from; the generated {@code ControlPlaneOperations} and {@code DataPlaneOperations} list them all.
 *
 * @param name   the operation's name in the model, e.g. {@code GenerateMac}
 * @param input  the record of its input shape
 * @param output the record of its output shape
 */
public record ApiOperation<I, O>(String name, Class<I> input, Class<O> output) {

    /** The operations by name, in the order given. */
    public static Map<String, ApiOperation<?, ?>> byName(ApiOperation<?, ?>... operations) {
        Map<String, ApiOperation<?, ?>> byName = new LinkedHashMap<>();
        for (ApiOperation<?, ?> operation : operations) {
            if (byName.put(operation.name(), operation) != null) {
                throw new IllegalArgumentException("Operation listed twice: " + operation.name());
            }
        }
        return Collections.unmodifiableMap(byName);
    }
}
