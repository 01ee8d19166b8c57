package dev.paycrypto.functions.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.emv.Cryptograms;
import dev.paycrypto.crypto.mac.Iso9797Padding;
import dev.paycrypto.keys.KeyUsage;
import dev.paycrypto.service.data.EmvSessionKeys;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Input;
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
        Input input = call.input();
        EmvSessionKeys.Keys keys = EmvSessionKeys.derive(call, input.object("SessionKeyDerivationAttributes"),
                KeyUsage.TR31_E0_EMV_MKEY_APP_CRYPTOGRAMS);
        try {
            byte[] arqc = Cryptograms.applicationCryptogram(keys.cryptogramKey(),
                    Hex.decode(input.string("TransactionData")), Iso9797Padding.METHOD_1);
            ObjectNode response = JsonNodeFactory.instance.objectNode();
            response.put("KeyArn", keys.issuerKey().keyArn());
            response.put("KeyCheckValue", keys.issuerKey().keyCheckValue());
            response.put("AuthRequestCryptogram", Hex.encode(arqc));
            return response;
        } finally {
            keys.cryptogramKey().wipe();
            keys.responseKey().wipe();
        }
    }
}
