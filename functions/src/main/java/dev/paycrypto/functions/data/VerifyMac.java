package dev.paycrypto.functions.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.service.data.MacComputation;
import dev.paycrypto.app.errors.VerificationFailedException;
import dev.paycrypto.app.errors.VerificationFailedReason;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;
import java.security.MessageDigest;

/** VerifyMac: checks a MAC (of {@code MacLength} bytes, or of the length presented) over the message data. */
public final class VerifyMac extends ApiFunction {

    public VerifyMac() {
        super(Plane.DATA, "VerifyMac");
    }

    public VerifyMac(Services services) {
        super(Plane.DATA, "VerifyMac", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        byte[] presented = Hex.decode(call.input().string("Mac"));
        MacComputation.Result result = MacComputation.compute(call, call.input().object("VerificationAttributes"),
                "VerificationAttributes", KeyModesOfUse.VERIFY);
        int length = call.input().optionalInt("MacLength").orElse(presented.length);
        byte[] expected = MacComputation.truncate(result.mac(), length);
        if (presented.length != length || !MessageDigest.isEqual(expected, presented)) {
            throw new VerificationFailedException("MAC verification failed", VerificationFailedReason.INVALID_MAC);
        }
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("KeyArn", result.key().keyArn());
        response.put("KeyCheckValue", result.key().keyCheckValue());
        return response;
    }
}
