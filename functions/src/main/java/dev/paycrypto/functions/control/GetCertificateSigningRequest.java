package dev.paycrypto.functions.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.crypto.asymmetric.CertificateIssuer;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Input;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * GetCertificateSigningRequest: a PKCS #10 request for a key pair held by the service, signed with its private
 * key, for the caller's own certificate authority to sign ("bring your own CA"). Returned as base64 of the PEM.
 */
public final class GetCertificateSigningRequest extends ApiFunction {

    public GetCertificateSigningRequest() {
        super(Plane.CONTROL, "GetCertificateSigningRequest");
    }

    public GetCertificateSigningRequest(Services services) {
        super(Plane.CONTROL, "GetCertificateSigningRequest", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        Input input = call.input();
        StoredKey key = call.keys().resolveUsable(input.string("KeyIdentifier"), call.now());
        if (key.attributes().keyClass() != KeyClass.ASYMMETRIC_KEY_PAIR) {
            throw new ValidationException("Key " + key.keyArn() + " is " + key.attributes().keyClass()
                    + "; a certificate signing request needs an ASYMMETRIC_KEY_PAIR");
        }
        String digest = input.string("SigningAlgorithm");
        String signatureAlgorithm = digest + "with"
                + (key.attributes().keyAlgorithm().family() == KeyAlgorithm.Family.RSA ? "RSA" : "ECDSA");
        Input subject = input.object("CertificateSubject");
        CertificateIssuer.Subject name = new CertificateIssuer.Subject(subject.string("CommonName"),
                subject.optionalString("Organization").orElse(null),
                subject.optionalString("OrganizationUnit").orElse(null), subject.optionalString("City").orElse(null),
                subject.optionalString("StateOrProvince").orElse(null),
                subject.optionalString("Country").orElse(null),
                subject.optionalString("EmailAddress").orElse(null));
        KeyMaterial.KeyPair pair = (KeyMaterial.KeyPair) call.services().sealer().open(key);
        String pem = CertificateIssuer.signingRequestPem(name, pair.publicKey(), pair.privateKey(), signatureAlgorithm);
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("CertificateSigningRequest",
                Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.US_ASCII)));
        return response;
    }
}
