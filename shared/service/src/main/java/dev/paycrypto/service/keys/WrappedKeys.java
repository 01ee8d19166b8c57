package dev.paycrypto.service.keys;

import dev.paycrypto.app.exchange.Tr31Keys;
import dev.paycrypto.app.keys.EcdhKeys;
import dev.paycrypto.app.keys.KeyRequirement;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.keyblock.Tr31;
import dev.paycrypto.crypto.keyblock.Tr31Unwrapped;
import dev.paycrypto.keys.InvalidKeyAttributesException;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyCheckValueAlgorithm;
import dev.paycrypto.keys.KeyCheckValueCalculator;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.keys.KeyRules;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Input;
import java.util.Optional;

/**
 * Dynamic keys (User Guide, "Dynamic keys"): a one-time working key that arrives in the request ({@code WrappedKey})
 * as a TR-31 key block under a key-block protection key of the account (K0 or K1, mode of use allowing Unwrap) named
 * by the operation's key identifier, or that is agreed by ECDH between the K3 key pair the key identifier names and
 * a partner's certificate. The block's header says what the key is; the operation's own
 * requirement is checked against it as against a stored key. The key is never stored. The response names the
 * protection key's ARN and the check value of the wrapped key, in the {@code KeyCheckValueAlgorithm} asked for
 * (by default ANSI X9.24 for TDES, CMAC for AES).
 */
public final class WrappedKeys {

    private WrappedKeys() {
    }

    /** The key the operation uses: the stored one, or the one wrapped in {@code wrappedKey} when it is present. */
    public static UsableKeys.Opened open(Call call, String keyIdentifier, Optional<Input> wrappedKey, String field,
                                         KeyRequirement requirement) {
        return wrappedKey.map(wrapped -> unwrap(call, keyIdentifier, wrapped, field, requirement))
                .orElseGet(() -> UsableKeys.openSymmetric(call, keyIdentifier, requirement));
    }

    private static UsableKeys.Opened unwrap(Call call, String keyIdentifier, Input wrappedKey, String field,
                                            KeyRequirement requirement) {
        Input material = wrappedKey.object("WrappedKeyMaterial");
        if ("DiffieHellmanSymmetricKey".equals(material.unionMember())) {
            return agree(call, keyIdentifier, wrappedKey, material.object("DiffieHellmanSymmetricKey"),
                    field + ".WrappedKeyMaterial.DiffieHellmanSymmetricKey", requirement);
        }
        UsableKeys.Opened protection = UsableKeys.openSymmetric(call, keyIdentifier, Tr31Keys.UNWRAPPING_KEY);
        Tr31Unwrapped unwrapped;
        try {
            unwrapped = Tr31.unwrap(protection.key(), material.string("Tr31KeyBlock"));
        } catch (CryptoException e) {
            throw new ValidationException(field + ": the TR-31 key block does not open under key "
                    + protection.stored().keyArn() + ": " + e.getMessage());
        } finally {
            protection.key().wipe();
        }
        return opened(protection.stored(), Tr31Keys.attributes(unwrapped.header(), unwrapped.key().length(), field),
                unwrapped.key(), wrappedKey, field, requirement);
    }

    /**
     * An ECDH-agreed working key: the operation's key identifier names the K3 key pair, whose DeriveKeyUsage is the
     * working key's usage; the agreed key carries no further restriction of its mode of use.
     */
    private static UsableKeys.Opened agree(Call call, String keyIdentifier, Input wrappedKey, Input attributes,
                                           String field, KeyRequirement requirement) {
        EcdhKeys.Derived derived = EcdhKeys.derive(call.services().useCases().keys(), call.context(),
                EcdhRequests.ofSymmetricKey(keyIdentifier, attributes),
                requirement.usages(), field);
        KeyAttributes agreed = new KeyAttributes(derived.usage(), KeyClass.SYMMETRIC_KEY, derived.algorithm(),
                KeyModesOfUse.NO_RESTRICTIONS);
        return opened(call.keys().resolve(derived.privateKeyArn()), agreed, derived.key(), wrappedKey, field,
                requirement);
    }

    /** The working key under its holder's identity, with its own attributes and check value; wiped on refusal. */
    private static UsableKeys.Opened opened(StoredKey holder, KeyAttributes attributes, SecretBytes key,
                                            Input wrappedKey, String field, KeyRequirement requirement) {
        boolean handedOver = false;
        try {
            requirement.check(attributes, "The key wrapped in " + field);
            KeyCheckValueAlgorithm kcvAlgorithm = wrappedKey.optionalEnum("KeyCheckValueAlgorithm",
                    KeyCheckValueAlgorithm.class).orElse(KeyRules.defaultCheckValueAlgorithm(attributes.keyAlgorithm()));
            String kcv = KeyCheckValueCalculator.compute(attributes.keyAlgorithm(), kcvAlgorithm,
                    new KeyMaterial.SymmetricKey(key));
            UsableKeys.Opened opened = new UsableKeys.Opened(holder.toBuilder().attributes(attributes)
                    .keyCheckValue(kcv).keyCheckValueAlgorithm(kcvAlgorithm).build(), key);
            handedOver = true;
            return opened;
        } catch (InvalidKeyAttributesException e) {
            throw new ValidationException(field + ": " + e.getMessage());
        } finally {
            if (!handedOver) {
                key.wipe();
            }
        }
    }
}
