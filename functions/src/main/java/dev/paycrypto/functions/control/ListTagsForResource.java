package dev.paycrypto.functions.control;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.service.keys.KeyChanges;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/** ListTagsForResource: the tags of a key, in the order they were added (at most 50, so one page). */
public final class ListTagsForResource extends ApiFunction {

    public ListTagsForResource() {
        super(Plane.CONTROL, "ListTagsForResource");
    }

    public ListTagsForResource(Services services) {
        super(Plane.CONTROL, "ListTagsForResource", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        StoredKey key = call.keys().resolve(call.input().string("ResourceArn"));
        KeyChanges.requireManageable(key);
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        ArrayNode tags = response.putArray("Tags");
        key.tags().forEach((name, value) -> tags.addObject().put("Key", name).put("Value", value));
        return response;
    }
}
