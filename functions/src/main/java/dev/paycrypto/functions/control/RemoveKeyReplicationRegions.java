package dev.paycrypto.functions.control;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.service.keys.KeyReplications;
import dev.paycrypto.service.keys.KeyViews;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/** RemoveKeyReplicationRegions: withdraws a primary key from Regions; the replication worker deletes the replicas. */
public final class RemoveKeyReplicationRegions extends ApiFunction {

    public RemoveKeyReplicationRegions() {
        super(Plane.CONTROL, "RemoveKeyReplicationRegions");
    }

    public RemoveKeyReplicationRegions(Services services) {
        super(Plane.CONTROL, "RemoveKeyReplicationRegions", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        return KeyViews.keyResponse(KeyReplications.removeRegions(call, call.input().string("KeyIdentifier"),
                call.input().strings("ReplicationRegions")));
    }
}
