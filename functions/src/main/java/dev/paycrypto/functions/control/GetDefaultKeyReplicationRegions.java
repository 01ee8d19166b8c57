package dev.paycrypto.functions.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/** GetDefaultKeyReplicationRegions: the Regions the account's new symmetric keys are replicated to. */
public final class GetDefaultKeyReplicationRegions extends ApiFunction {

    public GetDefaultKeyReplicationRegions() {
        super(Plane.CONTROL, "GetDefaultKeyReplicationRegions");
    }

    public GetDefaultKeyReplicationRegions(Services services) {
        super(Plane.CONTROL, "GetDefaultKeyReplicationRegions", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        call.services().keyStore().defaultReplicationRegions(call.account())
                .forEach(response.putArray("EnabledReplicationRegions")::add);
        return response;
    }
}
