package dev.paycrypto.service.runtime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An operation not yet moved to typed requests: it reads its request through {@link Call#input()} and answers
 * JSON members. Gone once every operation is an {@link OperationFunction} of its typed request and response.
 */
public abstract class ApiFunction extends OperationFunction<Input, JsonNode> {

    protected ApiFunction(Plane plane, String operationName) {
        super(plane, operationName, Input.class);
    }

    protected ApiFunction(Plane plane, String operationName, Services services) {
        super(plane, operationName, Input.class, services);
    }

    /** The operation itself: reads {@code call.input()}, returns the response members. */
    protected abstract JsonNode handle(Call call);

    @Override
    protected final JsonNode handle(Input request, Services services, Call call) {
        return handle(call);
    }
}
