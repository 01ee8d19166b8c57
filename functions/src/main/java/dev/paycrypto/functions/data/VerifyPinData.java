package dev.paycrypto.functions.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.crypto.pin.PinBlockFormat;
import dev.paycrypto.service.data.PinBlockDecryption;
import dev.paycrypto.service.data.PinVerification;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Input;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/** VerifyPinData: checks the PIN of an encrypted PIN block against a Visa PVV or an IBM 3624 offset. */
public final class VerifyPinData extends ApiFunction {

    public VerifyPinData() {
        super(Plane.DATA, "VerifyPinData");
    }

    public VerifyPinData(Services services) {
        super(Plane.DATA, "VerifyPinData", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        Input input = call.input();
        if (input.has("DukptAttributes") || input.has("EncryptionWrappedKey")) {
            throw new ValidationException("DukptAttributes and EncryptionWrappedKey are not available on this server");
        }
        String pan = input.optionalString("PrimaryAccountNumber").orElse(null);
        PinBlockDecryption.Opened pin = PinBlockDecryption.open(call, input.string("EncryptionKeyIdentifier"),
                input.enumValue("PinBlockFormat", PinBlockFormat.class), input.string("EncryptedPinBlock"), pan);
        try {
            var verificationKey = PinVerification.verify(call, input.object("VerificationAttributes"), pan, pin.pin());
            ObjectNode response = JsonNodeFactory.instance.objectNode();
            response.put("VerificationKeyArn", verificationKey.keyArn());
            response.put("VerificationKeyCheckValue", verificationKey.keyCheckValue());
            response.put("EncryptionKeyArn", pin.key().keyArn());
            response.put("EncryptionKeyCheckValue", pin.key().keyCheckValue());
            return response;
        } finally {
            pin.pin().wipe();
        }
    }
}
