package dev.paycrypto.functions.control;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.service.keys.KeyChanges;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/** UntagResource: removes tags by key; a tag key that is not there is ignored. */
public final class UntagResource extends ApiFunction {

    public UntagResource() {
        super(Plane.CONTROL, "UntagResource");
    }

    public UntagResource(Services services) {
        super(Plane.CONTROL, "UntagResource", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        List<String> removed = call.input().strings("TagKeys");
        if (removed.isEmpty()) {
            throw new ValidationException("TagKeys must name at least one tag key");
        }
        KeyChanges.change(call, call.input().string("ResourceArn"), key -> {
            KeyChanges.requireManageable(key);
            Map<String, String> tags = new LinkedHashMap<>(key.tags());
            removed.forEach(tags::remove);
            return key.toBuilder().tags(tags).build();
        });
        return JsonNodeFactory.instance.objectNode();
    }
}
