package dev.paycrypto.functions.control;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.service.keys.KeyReplications;
import dev.paycrypto.service.keys.KeyViews;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/** AddKeyReplicationRegions: replicates a primary key to more Regions; the replication worker makes the replicas. */
public final class AddKeyReplicationRegions extends ApiFunction {

    public AddKeyReplicationRegions() {
        super(Plane.CONTROL, "AddKeyReplicationRegions");
    }

    public AddKeyReplicationRegions(Services services) {
        super(Plane.CONTROL, "AddKeyReplicationRegions", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        return KeyViews.keyResponse(KeyReplications.addRegions(call, call.input().string("KeyIdentifier"),
                call.input().strings("ReplicationRegions")));
    }
}
