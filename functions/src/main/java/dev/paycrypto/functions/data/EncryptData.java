package dev.paycrypto.functions.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.service.data.DataEncryption;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/** EncryptData: data encrypted under a data encryption key (symmetric modes or RSA). */
public final class EncryptData extends ApiFunction {

    public EncryptData() {
        super(Plane.DATA, "EncryptData");
    }

    public EncryptData(Services services) {
        super(Plane.DATA, "EncryptData", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        DataEncryption.Result result = DataEncryption.run(call, "EncryptionAttributes", "PlainText", true);
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("KeyArn", result.key().keyArn());
        response.put("KeyCheckValue", result.key().keyCheckValue());
        response.put("CipherText", result.data());
        return response;
    }
}
