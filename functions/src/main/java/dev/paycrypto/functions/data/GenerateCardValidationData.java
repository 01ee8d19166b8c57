package dev.paycrypto.functions.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.service.data.CardValidation;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/** GenerateCardValidationData: a CVV, iCVV or CVV2 for a card, under a card verification key. */
public final class GenerateCardValidationData extends ApiFunction {

    private static final int DEFAULT_LENGTH = 3;

    public GenerateCardValidationData() {
        super(Plane.DATA, "GenerateCardValidationData");
    }

    public GenerateCardValidationData(Services services) {
        super(Plane.DATA, "GenerateCardValidationData", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        int length = call.input().optionalInt("ValidationDataLength").orElse(DEFAULT_LENGTH);
        CardValidation.Result result = CardValidation.compute(call, call.input().object("GenerationAttributes"),
                "GenerationAttributes", length, KeyModesOfUse.GENERATE);
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("KeyArn", result.key().keyArn());
        response.put("KeyCheckValue", result.key().keyCheckValue());
        response.put("ValidationData", result.value());
        return response;
    }
}
