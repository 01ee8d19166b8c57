package dev.paycrypto.functions.control;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.paycrypto.app.errors.ResourceNotFoundException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/** DeleteAlias: removes an alias; the key is untouched. */
public final class DeleteAlias extends ApiFunction {

    public DeleteAlias() {
        super(Plane.CONTROL, "DeleteAlias");
    }

    public DeleteAlias(Services services) {
        super(Plane.CONTROL, "DeleteAlias", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        String aliasName = call.input().string("AliasName");
        if (!call.services().keyStore().deleteAlias(call.account(), aliasName)) {
            throw new ResourceNotFoundException("Alias " + aliasName + " not found", aliasName);
        }
        return JsonNodeFactory.instance.objectNode();
    }
}
