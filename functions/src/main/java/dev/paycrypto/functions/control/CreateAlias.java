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

/** CreateAlias: a new alias, pointing at a key or unassigned. */
public final class CreateAlias extends ApiFunction {

    public CreateAlias() {
        super(Plane.CONTROL, "CreateAlias");
    }

    public CreateAlias(Services services) {
        super(Plane.CONTROL, "CreateAlias", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        String aliasName = call.input().string("AliasName");
        String keyArn = Aliases.targetKeyArn(call);
        try {
            call.services().keyStore().createAlias(new AliasRecord(call.account(), aliasName, keyArn, 1));
        } catch (StoreConflictException e) {
            throw new ConflictException("Alias " + aliasName + " already exists");
        }
        return Aliases.aliasResponse(aliasName, keyArn);
    }
}
