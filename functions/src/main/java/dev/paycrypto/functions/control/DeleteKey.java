package dev.paycrypto.functions.control;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.keys.KeyLifecycle;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.app.events.KeyEvents;
import dev.paycrypto.service.keys.KeyChanges;
import dev.paycrypto.service.keys.KeyViews;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/**
 * DeleteKey: disables the key and schedules its deletion after the waiting period (3 to 180 days, default 7); the
 * {@code Key Deletion Scheduled} event has the key purged at that time (see the workers).
 */
public final class DeleteKey extends ApiFunction {

    public DeleteKey() {
        super(Plane.CONTROL, "DeleteKey");
    }

    public DeleteKey(Services services) {
        super(Plane.CONTROL, "DeleteKey", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        int days = call.input().optionalInt("DeleteKeyInDays").orElse(KeyLifecycle.DEFAULT_DELETE_DAYS);
        StoredKey pending = KeyChanges.change(call, call.input().string("KeyIdentifier"), key -> {
            KeyChanges.requireManageable(key);
            return KeyLifecycle.scheduleDeletion(key, call.now(), days);
        });
        call.services().events().publish(KeyEvents.deletionScheduled(pending, call.services().region(), call.now()));
        return KeyViews.keyResponse(pending);
    }
}
