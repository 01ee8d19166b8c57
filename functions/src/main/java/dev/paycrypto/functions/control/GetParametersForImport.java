package dev.paycrypto.functions.control;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.crypto.asymmetric.CertificateIssuer;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.service.keys.ExchangeTokens;
import dev.paycrypto.app.json.JsonCodec;
import dev.paycrypto.service.runtime.Input;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/**
 * GetParametersForImport: an import token and the certificate of its RSA wrapping key, signed by the account's
 * certificate authority (returned as the chain), for importing key material as an RSA-OAEP key cryptogram or a
 * TR-34 key block (the service is then the key receiving device).
 */
public final class GetParametersForImport extends ApiFunction {

    public GetParametersForImport() {
        super(Plane.CONTROL, "GetParametersForImport");
    }

    public GetParametersForImport(Services services) {
        super(Plane.CONTROL, "GetParametersForImport", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        Input input = call.input();
        ExchangeTokens.Type type = switch (input.string("KeyMaterialType")) {
            case "KEY_CRYPTOGRAM" -> ExchangeTokens.Type.KEY_CRYPTOGRAM_IMPORT;
            case "TR34_KEY_BLOCK" -> ExchangeTokens.Type.TR34_IMPORT;
            default -> throw new ValidationException("KeyMaterialType " + input.string("KeyMaterialType")
                    + " needs no import parameters; they are for KEY_CRYPTOGRAM and TR34_KEY_BLOCK");
        };
        KeyAlgorithm algorithm = input.enumValue("WrappingKeyAlgorithm", KeyAlgorithm.class);
        if (algorithm.family() != KeyAlgorithm.Family.RSA) {
            throw new ValidationException("WrappingKeyAlgorithm must be RSA_2048, RSA_3072 or RSA_4096");
        }
        ExchangeTokens.Issued issued = ExchangeTokens.issue(call, algorithm, type,
                input.bool("ReuseLastGeneratedToken", false));
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("WrappingKeyCertificate", CertificateIssuer.toBase64Pem(issued.certificate()));
        response.put("WrappingKeyCertificateChain", CertificateIssuer.toBase64Pem(issued.authority()));
        response.put("WrappingKeyAlgorithm", algorithm.name());
        response.put("ImportToken", issued.token());
        response.set("ParametersValidUntilTimestamp", JsonCodec.timestamp(issued.validUntil()));
        return response;
    }

}
