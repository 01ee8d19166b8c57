package dev.paycrypto.functions.control;

import dev.paycrypto.keys.KeyLifecycle;
import dev.paycrypto.service.keys.KeyChanges;
import dev.paycrypto.service.keys.KeyViews;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/** StopKeyUsage: disables a key; every cryptographic operation refuses it until StartKeyUsage. */
public final class StopKeyUsage extends ApiFunction {

    public StopKeyUsage() {
        super(Plane.CONTROL, "StopKeyUsage");
    }

    public StopKeyUsage(Services services) {
        super(Plane.CONTROL, "StopKeyUsage", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        return KeyViews.keyResponse(KeyChanges.change(call, call.input().string("KeyIdentifier"), key -> {
            KeyChanges.requireManageable(key);
            return KeyLifecycle.stopUsage(key, call.now());
        }));
    }
}
