package dev.paycrypto.service.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.app.errors.SerializationException;
import java.util.Map;

/**
 * Builds a restJson1 operation's input from the parts of the HTTP request: path labels, query parameters and the
 * JSON body, by each input member's {@code location} in the model.
 */
public final class RestJsonBinder {

    private RestJsonBinder() {
    }

    public static JsonNode bind(Operation operation, Map<String, String> labels, Map<String, String> query,
                                JsonNode body) {
        if (!body.isObject()) {
            throw new SerializationException("The request body must be a JSON object");
        }
        ObjectNode input = ((ObjectNode) body).deepCopy();
        if (operation.inputShape() == null) {
            return input;
        }
        operation.model().shape(operation.inputShape()).path("members").properties().forEach(entry -> {
            JsonNode member = entry.getValue();
            String location = member.path("location").asText("");
            String wireName = member.path("locationName").asText(entry.getKey());
            String value = switch (location) {
                case "uri" -> labels.get(wireName);
                case "querystring" -> query.get(wireName);
                default -> null;
            };
            if (!location.isEmpty()) {
                input.remove(entry.getKey());
            }
            if (value != null) {
                input.put(entry.getKey(), value);
            }
        });
        return input;
    }
}
