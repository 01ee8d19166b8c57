package dev.paycrypto.functions.control;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.keys.store.AliasRecord;
import dev.paycrypto.keys.store.Page;
import dev.paycrypto.service.keys.Aliases;
import dev.paycrypto.service.runtime.Input;
import dev.paycrypto.service.runtime.Pages;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/** ListAliases: the caller's aliases in this region, optionally those of one key, a page at a time. */
public final class ListAliases extends ApiFunction {

    public ListAliases() {
        super(Plane.CONTROL, "ListAliases");
    }

    public ListAliases(Services services) {
        super(Plane.CONTROL, "ListAliases", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        Input input = call.input();
        Page<AliasRecord> page = Pages.read(() -> call.services().keyStore().listAliases(call.account(),
                input.optionalString("KeyArn").orElse(null), Pages.maxResults(input),
                input.optionalString("NextToken").orElse(null)));
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        ArrayNode aliases = response.putArray("Aliases");
        page.items().forEach(alias -> aliases.add(Aliases.alias(alias.aliasName(), alias.keyArn())));
        return Pages.withNextToken(response, page);
    }
}
