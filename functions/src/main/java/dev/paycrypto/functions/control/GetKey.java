package dev.paycrypto.functions.control;

import dev.paycrypto.service.keys.KeyViews;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/** GetKey: the metadata of a key, in any state. */
public final class GetKey extends ApiFunction {

    public GetKey() {
        super(Plane.CONTROL, "GetKey");
    }

    public GetKey(Services services) {
        super(Plane.CONTROL, "GetKey", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        return KeyViews.keyResponse(call.keys().resolve(call.input().string("KeyIdentifier")));
    }
}
