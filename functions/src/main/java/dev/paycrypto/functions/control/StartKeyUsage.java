package dev.paycrypto.functions.control;

import dev.paycrypto.keys.KeyLifecycle;
import dev.paycrypto.service.keys.KeyChanges;
import dev.paycrypto.service.keys.KeyViews;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/** StartKeyUsage: enables a key for cryptographic operations. */
public final class StartKeyUsage extends ApiFunction {

    public StartKeyUsage() {
        super(Plane.CONTROL, "StartKeyUsage");
    }

    public StartKeyUsage(Services services) {
        super(Plane.CONTROL, "StartKeyUsage", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        return KeyViews.keyResponse(KeyChanges.change(call, call.input().string("KeyIdentifier"), key -> {
            KeyChanges.requireManageable(key);
            return KeyLifecycle.startUsage(key, call.now());
        }));
    }
}
