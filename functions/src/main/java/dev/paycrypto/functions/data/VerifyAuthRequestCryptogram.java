package dev.paycrypto.functions.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.emv.Cryptograms;
import dev.paycrypto.service.data.EmvSessionKeys;
import dev.paycrypto.app.errors.VerificationFailedException;
import dev.paycrypto.app.errors.VerificationFailedReason;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Input;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * VerifyAuthRequestCryptogram: checks an ARQC (ISO/IEC 9797-1 algorithm 3 over the transaction data, which the
 * caller pads; unaligned data is zero-padded) under the card key of the session-key scheme, and on request
 * returns the ARPC by method 1 or method 2.
 */
public final class VerifyAuthRequestCryptogram extends ApiFunction {

    public VerifyAuthRequestCryptogram() {
        super(Plane.DATA, "VerifyAuthRequestCryptogram");
    }

    public VerifyAuthRequestCryptogram(Services services) {
        super(Plane.DATA, "VerifyAuthRequestCryptogram", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        Input input = call.input();
        EmvSessionKeys.Arqc expected = EmvSessionKeys.arqc(call);
        try {
            byte[] arqc = Hex.decode(input.string("AuthRequestCryptogram"));
            if (!MessageDigest.isEqual(expected.cryptogram(), arqc)) {
                throw new VerificationFailedException("ARQC does not match transaction data",
                        VerificationFailedReason.INVALID_AUTH_REQUEST_CRYPTOGRAM);
            }
            ObjectNode response = JsonNodeFactory.instance.objectNode();
            response.put("KeyArn", expected.keys().issuerKey().keyArn());
            response.put("KeyCheckValue", expected.keys().issuerKey().keyCheckValue());
            authResponse(input, expected.keys(), arqc).ifPresent(arpc -> response.put("AuthResponseValue", arpc));
            return response;
        } finally {
            expected.wipe();
        }
    }

    private static Optional<String> authResponse(Input input, EmvSessionKeys.Keys keys, byte[] arqc) {
        return input.optionalObject("AuthResponseAttributes").map(attributes -> {
            if ("ArpcMethod1".equals(attributes.unionMember())) {
                return Hex.encode(Cryptograms.arpcMethod1(keys.responseKey(), arqc,
                        Hex.decode(attributes.object("ArpcMethod1").string("AuthResponseCode"))));
            }
            Input method2 = attributes.object("ArpcMethod2");
            return Hex.encode(Cryptograms.arpcMethod2(keys.responseKey(), arqc,
                    Hex.decode(method2.string("CardStatusUpdate")),
                    method2.optionalString("ProprietaryAuthenticationData").map(Hex::decode).orElse(null)));
        });
    }
}
