package dev.paycrypto.functions.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.service.data.EmvSessionKeys;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/**
 * GenerateAuthRequestCryptogram: the ARQC a card would compute over the transaction data (ISO/IEC 9797-1
 * algorithm 3; unaligned data is zero-padded, as VerifyAuthRequestCryptogram checks it) under the card key of the
 * session-key scheme, derived from an E0 issuer master key — what a test harness or a card simulator needs.
 */
public final class GenerateAuthRequestCryptogram extends ApiFunction {

    public GenerateAuthRequestCryptogram() {
        super(Plane.DATA, "GenerateAuthRequestCryptogram");
    }

    public GenerateAuthRequestCryptogram(Services services) {
        super(Plane.DATA, "GenerateAuthRequestCryptogram", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        EmvSessionKeys.Arqc arqc = EmvSessionKeys.arqc(call);
        try {
            ObjectNode response = JsonNodeFactory.instance.objectNode();
            response.put("KeyArn", arqc.keys().issuerKey().keyArn());
            response.put("KeyCheckValue", arqc.keys().issuerKey().keyCheckValue());
            response.put("AuthRequestCryptogram", Hex.encode(arqc.cryptogram()));
            return response;
        } finally {
            arqc.wipe();
        }
    }
}
