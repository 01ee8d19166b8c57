package dev.paycrypto.app.exchange;

import dev.paycrypto.api.control.GetParametersForExportInput;
import dev.paycrypto.api.control.GetParametersForExportOutput;
import dev.paycrypto.api.control.GetParametersForImportInput;
import dev.paycrypto.api.control.GetParametersForImportOutput;
import dev.paycrypto.api.control.KeyMaterialType;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.crypto.asymmetric.CertificateIssuer;
import dev.paycrypto.keys.KeyAlgorithm;

/**
 * The parameters of a key exchange with the service: an import or export token and the certificate of its RSA key,
 * signed by the account's certificate authority (returned as the chain). An import token's key unwraps key material
 * that arrives as an RSA-OAEP key cryptogram or a TR-34 key block (the service is then the key receiving device); an
 * export token's key signs the TR-34 key blocks the service exports as key distribution host.
 */
public final class ExchangeParameters {

    private final ExchangeTokens tokens;

    public ExchangeParameters(ExchangeTokens tokens) {
        this.tokens = tokens;
    }

    public GetParametersForImportOutput forImport(GetParametersForImportInput request, CallContext context) {
        ExchangeTokens.Type type = switch (request.keyMaterialType()) {
            case KEY_CRYPTOGRAM -> ExchangeTokens.Type.KEY_CRYPTOGRAM_IMPORT;
            case TR34_KEY_BLOCK -> ExchangeTokens.Type.TR34_IMPORT;
            default -> throw new ValidationException("KeyMaterialType " + request.keyMaterialType()
                    + " needs no import parameters; they are for KEY_CRYPTOGRAM and TR34_KEY_BLOCK");
        };
        KeyAlgorithm algorithm = requireRsa(request.wrappingKeyAlgorithm(), "WrappingKeyAlgorithm");
        ExchangeTokens.Issued issued = tokens.issue(context, algorithm, type,
                Boolean.TRUE.equals(request.reuseLastGeneratedToken()));
        return new GetParametersForImportOutput(CertificateIssuer.toBase64Pem(issued.certificate()),
                CertificateIssuer.toBase64Pem(issued.authority()), algorithm, issued.token(), issued.validUntil());
    }

    public GetParametersForExportOutput forExport(GetParametersForExportInput request, CallContext context) {
        if (request.keyMaterialType() != KeyMaterialType.TR34_KEY_BLOCK) {
            throw new ValidationException("KeyMaterialType " + request.keyMaterialType()
                    + " needs no export parameters; they are for TR34_KEY_BLOCK");
        }
        KeyAlgorithm algorithm = requireRsa(request.signingKeyAlgorithm(), "SigningKeyAlgorithm");
        ExchangeTokens.Issued issued = tokens.issue(context, algorithm, ExchangeTokens.Type.TR34_EXPORT,
                Boolean.TRUE.equals(request.reuseLastGeneratedToken()));
        return new GetParametersForExportOutput(CertificateIssuer.toBase64Pem(issued.certificate()),
                CertificateIssuer.toBase64Pem(issued.authority()), algorithm, issued.token(), issued.validUntil());
    }

    private static KeyAlgorithm requireRsa(KeyAlgorithm algorithm, String member) {
        if (algorithm.family() != KeyAlgorithm.Family.RSA) {
            throw new ValidationException(member + " must be RSA_2048, RSA_3072 or RSA_4096");
        }
        return algorithm;
    }
}
