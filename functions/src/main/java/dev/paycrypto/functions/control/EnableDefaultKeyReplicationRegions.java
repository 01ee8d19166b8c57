package dev.paycrypto.functions.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.service.keys.KeyReplications;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/** EnableDefaultKeyReplicationRegions: changes the Regions the account's new symmetric keys are replicated to. */
public final class EnableDefaultKeyReplicationRegions extends ApiFunction {

    public EnableDefaultKeyReplicationRegions() {
        super(Plane.CONTROL, "EnableDefaultKeyReplicationRegions");
    }

    public EnableDefaultKeyReplicationRegions(Services services) {
        super(Plane.CONTROL, "EnableDefaultKeyReplicationRegions", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        KeyReplications.changeDefaults(call, call.input().strings("ReplicationRegions"), true)
                .forEach(response.putArray("EnabledReplicationRegions")::add);
        return response;
    }
}
