package dev.paycrypto.functions.control;

import dev.paycrypto.keys.store.AliasRecord;
import dev.paycrypto.service.keys.Aliases;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/** GetAlias: the key an alias points at. */
public final class GetAlias extends ApiFunction {

    public GetAlias() {
        super(Plane.CONTROL, "GetAlias");
    }

    public GetAlias(Services services) {
        super(Plane.CONTROL, "GetAlias", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        AliasRecord alias = Aliases.find(call, call.input().string("AliasName"));
        return Aliases.aliasResponse(alias.aliasName(), alias.keyArn());
    }
}
