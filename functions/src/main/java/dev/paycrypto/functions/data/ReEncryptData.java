package dev.paycrypto.functions.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.service.data.DataEncryption;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Input;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;
import java.util.Arrays;

/** ReEncryptData: decrypts under the incoming key and encrypts under the outgoing one; the clear data stays inside. */
public final class ReEncryptData extends ApiFunction {

    public ReEncryptData() {
        super(Plane.DATA, "ReEncryptData");
    }

    public ReEncryptData(Services services) {
        super(Plane.DATA, "ReEncryptData", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        Input input = call.input();
        byte[] cipherText = Hex.decode(input.string("CipherText"));
        DataEncryption.Raw clear = DataEncryption.transform(call, input.string("IncomingKeyIdentifier"),
                input.object("IncomingEncryptionAttributes"), "IncomingEncryptionAttributes",
                input.optionalObject("IncomingWrappedKey"), "IncomingWrappedKey", cipherText, "CipherText", false);
        try {
            DataEncryption.Raw out = DataEncryption.transform(call, input.string("OutgoingKeyIdentifier"),
                    input.object("OutgoingEncryptionAttributes"), "OutgoingEncryptionAttributes",
                    input.optionalObject("OutgoingWrappedKey"), "OutgoingWrappedKey", clear.data(), "CipherText", true);
            ObjectNode response = JsonNodeFactory.instance.objectNode();
            response.put("CipherText", Hex.encode(out.data()));
            response.put("KeyArn", out.key().keyArn());
            response.put("KeyCheckValue", out.key().keyCheckValue());
            return response;
        } finally {
            Arrays.fill(clear.data(), (byte) 0);
        }
    }
}
