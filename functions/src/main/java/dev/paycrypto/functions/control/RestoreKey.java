package dev.paycrypto.functions.control;

import dev.paycrypto.keys.KeyLifecycle;
import dev.paycrypto.keys.KeyState;
import dev.paycrypto.app.errors.ConflictException;
import dev.paycrypto.service.keys.KeyChanges;
import dev.paycrypto.service.keys.KeyViews;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/** RestoreKey: cancels a scheduled deletion; the key stays disabled until StartKeyUsage. */
public final class RestoreKey extends ApiFunction {

    public RestoreKey() {
        super(Plane.CONTROL, "RestoreKey");
    }

    public RestoreKey(Services services) {
        super(Plane.CONTROL, "RestoreKey", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        return KeyViews.keyResponse(KeyChanges.change(call, call.input().string("KeyIdentifier"), key -> {
            if (key.keyState() != KeyState.DELETE_PENDING) {
                throw new ConflictException("Key " + key.keyArn() + " is not pending deletion");
            }
            return KeyLifecycle.restore(key);
        }));
    }
}
