package dev.paycrypto.functions.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.crypto.asymmetric.CertificateIssuer;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.service.keys.AccountAuthority;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;

/**
 * GetPublicKeyCertificate: a certificate for the public half of a key pair held by the service, issued by the
 * account's certificate authority of the key's family (whose certificate is the chain). Its key usage follows the key's: signing for
 * S0, key agreement for K3, key encipherment for D1 and K2.
 */
public final class GetPublicKeyCertificate extends ApiFunction {

    static final Duration VALIDITY = Duration.ofDays(365);

    public GetPublicKeyCertificate() {
        super(Plane.CONTROL, "GetPublicKeyCertificate");
    }

    public GetPublicKeyCertificate(Services services) {
        super(Plane.CONTROL, "GetPublicKeyCertificate", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        StoredKey key = call.keys().resolve(call.input().string("KeyIdentifier"));
        if (key.attributes().keyClass() != KeyClass.ASYMMETRIC_KEY_PAIR) {
            throw new ValidationException("Key " + key.keyArn() + " is " + key.attributes().keyClass()
                    + "; certificates are issued for ASYMMETRIC_KEY_PAIR keys");
        }
        CertificateIssuer.Purpose purpose = switch (key.attributes().keyUsage()) {
            case TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE -> CertificateIssuer.Purpose.SIGNING;
            case TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT -> CertificateIssuer.Purpose.KEY_AGREEMENT;
            default -> CertificateIssuer.Purpose.KEY_WRAPPING;
        };
        PublicKey publicKey = call.services().sealer().open(key).publicKey();
        AccountAuthority authority = AccountAuthority.forKey(call, publicKey);
        X509Certificate certificate = authority.issue(call, "PayCrypto key " + key.keyId(), publicKey, purpose,
                call.now().plus(VALIDITY));
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("KeyCertificate", CertificateIssuer.toBase64Pem(certificate));
        response.put("KeyCertificateChain", CertificateIssuer.toBase64Pem(authority.certificate()));
        return response;
    }
}
