package dev.paycrypto.functions.control;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyCheckValueAlgorithm;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyMaterials;
import dev.paycrypto.keys.KeyOrigin;
import dev.paycrypto.keys.KeyUsage;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.service.keys.KeyInputs;
import dev.paycrypto.service.keys.KeyIssuer;
import dev.paycrypto.service.keys.KeyReplications;
import dev.paycrypto.service.keys.KeyViews;
import dev.paycrypto.service.runtime.ApiFunction;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Input;
import dev.paycrypto.service.runtime.Plane;
import dev.paycrypto.service.runtime.Services;
import java.util.List;

/**
 * CreateKey: generates key material of the requested kind and stores it; a symmetric key is replicated to the
 * Regions asked for, or else to the account's default replication Regions.
 */
public final class CreateKey extends ApiFunction {

    public CreateKey() {
        super(Plane.CONTROL, "CreateKey");
    }

    public CreateKey(Services services) {
        super(Plane.CONTROL, "CreateKey", services);
    }

    @Override
    protected JsonNode handle(Call call) {
        Input input = call.input();
        KeyAttributes attributes = KeyInputs.attributes(input, "KeyAttributes");
        if (attributes.keyClass() == KeyClass.PUBLIC_KEY) {
            throw new ValidationException("CreateKey cannot create a PUBLIC_KEY; import public keys with ImportKey");
        }
        KeyUsage deriveKeyUsage = input.optionalEnum("DeriveKeyUsage", KeyUsage.class).orElse(null);
        if (deriveKeyUsage != null && attributes.keyUsage() != KeyUsage.TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT) {
            throw new ValidationException("DeriveKeyUsage applies only to TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT keys");
        }
        List<String> explicitRegions = input.strings("ReplicationRegions");
        boolean symmetric = attributes.keyClass() == KeyClass.SYMMETRIC_KEY;
        if (!explicitRegions.isEmpty() && !symmetric) {
            throw new ValidationException("ReplicationRegions: only symmetric keys can be replicated");
        }
        KeyIssuer.NewKey spec = new KeyIssuer.NewKey(attributes, input.bool("Exportable", false),
                input.bool("Enabled", true), KeyOrigin.AWS_PAYMENT_CRYPTOGRAPHY,
                input.optionalEnum("KeyCheckValueAlgorithm", KeyCheckValueAlgorithm.class).orElse(null),
                deriveKeyUsage, KeyInputs.tags(input, "Tags"));
        KeyMaterial material = KeyMaterials.generate(attributes, call.services().random());
        StoredKey key = KeyIssuer.issue(call, spec, material);
        // explicit Regions, else the account's defaults (which apply to symmetric keys only)
        List<String> defaults = explicitRegions.isEmpty() && symmetric
                ? call.services().keyStore().defaultReplicationRegions(call.account()) : List.of();
        if (!explicitRegions.isEmpty() || !defaults.isEmpty()) {
            key = KeyReplications.addRegions(call, key.keyArn(), explicitRegions.isEmpty() ? defaults : explicitRegions,
                    explicitRegions.isEmpty());
        }
        return KeyViews.keyResponse(key);
    }
}