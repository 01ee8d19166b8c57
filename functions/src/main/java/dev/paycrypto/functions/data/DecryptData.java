package dev.paycrypto.functions.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.service.data.DataEncryption;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/** DecryptData: data decrypted under a data encryption key (symmetric modes or RSA). */
public final class DecryptData extends ApiFunction {

    public DecryptData() {
        super(Plane.DATA, "DecryptData");
    }

    public DecryptData(Services services) {
        super(Plane.DATA, "DecryptData", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        DataEncryption.Result result = DataEncryption.run(call, "DecryptionAttributes", "CipherText", false);
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("KeyArn", result.key().keyArn());
        response.put("KeyCheckValue", result.key().keyCheckValue());
        response.put("PlainText", result.data());
        return response;
    }
}
