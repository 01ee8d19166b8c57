package dev.paycrypto.functions.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.service.data.MacComputation;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/** GenerateMac: a MAC of the message data, full length or truncated to {@code MacLength} bytes. */
public final class GenerateMac extends ApiFunction {

    public GenerateMac() {
        super(Plane.DATA, "GenerateMac");
    }

    public GenerateMac(Services services) {
        super(Plane.DATA, "GenerateMac", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        MacComputation.Result result = MacComputation.compute(call, call.input().object("GenerationAttributes"),
                "GenerationAttributes", KeyModesOfUse.GENERATE);
        byte[] mac = call.input().optionalInt("MacLength")
                .map(length -> MacComputation.truncate(result.mac(), length)).orElse(result.mac());
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("KeyArn", result.key().keyArn());
        response.put("KeyCheckValue", result.key().keyCheckValue());
        response.put("Mac", Hex.encode(mac));
        return response;
    }
}
