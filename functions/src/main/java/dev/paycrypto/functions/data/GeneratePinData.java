package dev.paycrypto.functions.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.crypto.pin.PinBlockFormat;
import dev.paycrypto.service.data.PinGeneration;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Input;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/** GeneratePinData: PINs and their verification data (Visa PVV, IBM 3624 offset), the PIN encrypted. */
public final class GeneratePinData extends ApiFunction {

    private static final int DEFAULT_PIN_LENGTH = 4;

    public GeneratePinData() {
        super(Plane.DATA, "GeneratePinData");
    }

    public GeneratePinData(Services services) {
        super(Plane.DATA, "GeneratePinData", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        Input input = call.input();
        if (input.has("EncryptionWrappedKey")) {
            throw new ValidationException("EncryptionWrappedKey is not available on this server");
        }
        PinGeneration.Generated generated = PinGeneration.generate(call, input.object("GenerationAttributes"),
                input.enumValue("PinBlockFormat", PinBlockFormat.class),
                input.optionalString("PrimaryAccountNumber").orElse(null),
                input.optionalInt("PinDataLength").orElse(DEFAULT_PIN_LENGTH));
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("GenerationKeyArn", generated.generationKey().keyArn());
        response.put("GenerationKeyCheckValue", generated.generationKey().keyCheckValue());
        response.put("EncryptionKeyArn", generated.encryptionKey().keyArn());
        response.put("EncryptionKeyCheckValue", generated.encryptionKey().keyCheckValue());
        response.put("EncryptedPinBlock", generated.encryptedPinBlock());
        response.putObject("PinData").put(generated.pinDataMember(), generated.pinDataValue());
        return response;
    }
}
