package dev.paycrypto.functions.control;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.keys.KeyState;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.keys.store.Page;
import dev.paycrypto.service.keys.KeyViews;
import dev.paycrypto.service.runtime.Input;
import dev.paycrypto.service.runtime.Pages;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/** ListKeys: the caller's keys in this region, optionally by state, a page at a time. */
public final class ListKeys extends ApiFunction {

    public ListKeys() {
        super(Plane.CONTROL, "ListKeys");
    }

    public ListKeys(Services services) {
        super(Plane.CONTROL, "ListKeys", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        Input input = call.input();
        Page<StoredKey> page = Pages.read(() -> call.services().keyStore().listKeys(call.account(),
                input.optionalEnum("KeyState", KeyState.class).orElse(null), Pages.maxResults(input),
                input.optionalString("NextToken").orElse(null)));
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        ArrayNode keys = response.putArray("Keys");
        page.items().forEach(key -> keys.add(KeyViews.summary(key)));
        return Pages.withNextToken(response, page);
    }
}
