package dev.paycrypto.service.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.app.RequestFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What resource-policy conditions may test of a validated request: the caller's source IP, and the members every
 * tagging request of the model spells the same way ({@code Tags}: {@code [{Key, Value}]}, {@code TagKeys}).
 */
final class RequestFactsReader {

    private RequestFactsReader() {
    }

    static RequestFacts read(Caller caller, JsonNode input) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (JsonNode tag : input.path("Tags")) {
            if (tag.path("Key").isTextual()) {
                tags.put(tag.path("Key").asText(), tag.path("Value").asText(""));
            }
        }
        List<String> tagKeys = new ArrayList<>();
        for (JsonNode key : input.path("TagKeys")) {
            if (key.isTextual()) {
                tagKeys.add(key.asText());
            }
        }
        return new RequestFacts(caller.sourceIp(), tags, tagKeys);
    }
}
