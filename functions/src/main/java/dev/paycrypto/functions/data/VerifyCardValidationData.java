package dev.paycrypto.functions.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.service.data.CardValidation;
import dev.paycrypto.app.errors.VerificationFailedException;
import dev.paycrypto.app.errors.VerificationFailedReason;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** VerifyCardValidationData: checks a CVV, iCVV or CVV2 presented with a card. */
public final class VerifyCardValidationData extends ApiFunction {

    public VerifyCardValidationData() {
        super(Plane.DATA, "VerifyCardValidationData");
    }

    public VerifyCardValidationData(Services services) {
        super(Plane.DATA, "VerifyCardValidationData", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        String presented = call.input().string("ValidationData");
        CardValidation.Result expected = CardValidation.compute(call, call.input().object("VerificationAttributes"),
                "VerificationAttributes", presented.length(), KeyModesOfUse.VERIFY);
        if (!MessageDigest.isEqual(expected.value().getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII))) {
            throw new VerificationFailedException("Card validation data verification failed",
                    VerificationFailedReason.INVALID_VALIDATION_DATA);
        }
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("KeyArn", expected.key().keyArn());
        response.put("KeyCheckValue", expected.key().keyCheckValue());
        return response;
    }
}
