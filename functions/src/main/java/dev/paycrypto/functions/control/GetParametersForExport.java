package dev.paycrypto.functions.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.crypto.asymmetric.CertificateIssuer;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.service.keys.ExchangeTokens;
import dev.paycrypto.app.json.JsonCodec;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Input;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;

/**
 * GetParametersForExport: an export token and the certificate of its RSA signing key, signed by the account's
 * certificate authority (returned as the chain), with which the service signs the TR-34 key blocks it exports as
 * key distribution host.
 */
public final class GetParametersForExport extends ApiFunction {

    public GetParametersForExport() {
        super(Plane.CONTROL, "GetParametersForExport");
    }

    public GetParametersForExport(Services services) {
        super(Plane.CONTROL, "GetParametersForExport", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        Input input = call.input();
        if (!"TR34_KEY_BLOCK".equals(input.string("KeyMaterialType"))) {
            throw new ValidationException("KeyMaterialType " + input.string("KeyMaterialType")
                    + " needs no export parameters; they are for TR34_KEY_BLOCK");
        }
        KeyAlgorithm algorithm = input.enumValue("SigningKeyAlgorithm", KeyAlgorithm.class);
        if (algorithm.family() != KeyAlgorithm.Family.RSA) {
            throw new ValidationException("SigningKeyAlgorithm must be RSA_2048, RSA_3072 or RSA_4096");
        }
        ExchangeTokens.Issued issued = ExchangeTokens.issue(call, algorithm, ExchangeTokens.Type.TR34_EXPORT,
                input.bool("ReuseLastGeneratedToken", false));
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("SigningKeyCertificate", CertificateIssuer.toBase64Pem(issued.certificate()));
        response.put("SigningKeyCertificateChain", CertificateIssuer.toBase64Pem(issued.authority()));
        response.put("SigningKeyAlgorithm", algorithm.name());
        response.put("ExportToken", issued.token());
        response.set("ParametersValidUntilTimestamp", JsonCodec.timestamp(issued.validUntil()));
        return response;
    }
}
