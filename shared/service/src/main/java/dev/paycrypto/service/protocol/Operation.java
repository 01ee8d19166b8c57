package dev.paycrypto.service.protocol;

import java.util.List;

/** One operation of a service model: its HTTP binding, its input and output shapes and its declared errors. */
public record Operation(String name, String httpMethod, String requestUri, String inputShape, String outputShape,
                        List<String> errors, ServiceModel model) {

    public Operation {
        errors = List.copyOf(errors);
    }

    @Override
    public String toString() {
        return name;
    }
}
