package dev.paycrypto.functions.control;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.service.keys.KeyChanges;
import dev.paycrypto.service.keys.KeyInputs;
import java.util.LinkedHashMap;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/** TagResource: adds or overwrites tags of a key (at most 50 in all; not while pending deletion). */
public final class TagResource extends ApiFunction {

    public TagResource() {
        super(Plane.CONTROL, "TagResource");
    }

    public TagResource(Services services) {
        super(Plane.CONTROL, "TagResource", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        Map<String, String> added = KeyInputs.tags(call.input(), "Tags");
        if (added.isEmpty()) {
            throw new ValidationException("Tags must name at least one tag");
        }
        KeyChanges.change(call, call.input().string("ResourceArn"), key -> {
            KeyChanges.requireManageable(key);
            Map<String, String> tags = new LinkedHashMap<>(key.tags());
            tags.putAll(added);
            KeyInputs.requireTagLimit(tags.size());
            return key.toBuilder().tags(tags).build();
        });
        return JsonNodeFactory.instance.objectNode();
    }
}
