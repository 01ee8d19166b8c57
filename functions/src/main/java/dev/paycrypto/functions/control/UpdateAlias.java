package dev.paycrypto.functions.control;

import dev.paycrypto.keys.store.AliasRecord;
import dev.paycrypto.keys.store.StoreConflictException;
import dev.paycrypto.app.errors.ConflictException;
import dev.paycrypto.service.keys.Aliases;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/** UpdateAlias: points an alias at another key (or at none); no check that the keys are alike, as the service. */
public final class UpdateAlias extends ApiFunction {

    public UpdateAlias() {
        super(Plane.CONTROL, "UpdateAlias");
    }

    public UpdateAlias(Services services) {
        super(Plane.CONTROL, "UpdateAlias", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        String aliasName = call.input().string("AliasName");
        String keyArn = Aliases.targetKeyArn(call);
        for (int attempt = 0; ; attempt++) {
            AliasRecord alias = Aliases.find(call, aliasName);
            try {
                call.services().keyStore().replaceAlias(alias.withKeyArn(keyArn));
                return Aliases.aliasResponse(aliasName, keyArn);
            } catch (StoreConflictException e) {
                if (attempt >= Aliases.MAX_ATTEMPTS) {
                    throw new ConflictException("Alias " + aliasName + " is being changed concurrently; retry");
                }
            }
        }
    }
}
