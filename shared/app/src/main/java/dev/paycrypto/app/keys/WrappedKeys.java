package dev.paycrypto.app.keys;

import dev.paycrypto.api.data.EcdhDerivationAttributes;
import dev.paycrypto.api.data.WrappedKey;
import dev.paycrypto.api.data.WrappedKeyMaterial;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ValidationException;
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

/**
 * Dynamic keys (User Guide, "Dynamic keys"): a one-time working key that arrives in the request ({@code WrappedKey})
 * as a TR-31 key block under a key-block protection key of the account (K0 or K1, mode of use allowing Unwrap) named
 * by the operation's key identifier, or that is agreed by ECDH between the K3 key pair the key identifier names and
 * a partner's certificate. The block's header says what the key is; the operation's own requirement is checked
 * against it as against a stored key. The key is never stored. It is named by the protection key's ARN and its own
 * check value, in the {@code KeyCheckValueAlgorithm} asked for (by default ANSI X9.24 for TDES, CMAC for AES).
 */
final class WrappedKeys {

    private WrappedKeys() {
    }

    static UsableKey open(KeySources keys, CallContext context, String keyIdentifier, WrappedKey wrapped,
                          String field, KeyRequirement requirement) {
        WrappedKeyMaterial material = wrapped.wrappedKeyMaterial();
        if (material instanceof EcdhDerivationAttributes agreement) {
            return agree(keys, context, keyIdentifier, wrapped, agreement,
                    field + ".WrappedKeyMaterial.DiffieHellmanSymmetricKey", requirement);
        }
        String block = ((WrappedKeyMaterial.Tr31KeyBlock) material).value();
        Tr31Unwrapped unwrapped;
        StoredKey holder;
        try (UsableKey protection = keys.symmetric(context, keyIdentifier, KeyRequirements.KEY_BLOCK_UNWRAP)) {
            holder = protection.stored();
            unwrapped = unwrap(protection, block, field);
        }
        UsableKey working = new UsableKey(holder, unwrapped.key());
        return checked(working, () -> Tr31Attributes.of(unwrapped.header(), unwrapped.key().length(), field),
                wrapped, field, requirement);
    }

    private static Tr31Unwrapped unwrap(UsableKey protection, String block, String field) {
        try {
            return Tr31.unwrap(protection.key(), block);
        } catch (CryptoException e) {
            throw new ValidationException(field + ": the TR-31 key block does not open under key "
                    + protection.keyArn() + ": " + e.getMessage());
        }
    }

    /**
     * An ECDH-agreed working key: the operation's key identifier names the K3 key pair, whose DeriveKeyUsage is the
     * working key's usage; the agreed key carries no further restriction of its mode of use.
     */
    private static UsableKey agree(KeySources keys, CallContext context, String keyIdentifier, WrappedKey wrapped,
                                   EcdhDerivationAttributes agreement, String field, KeyRequirement requirement) {
        EcdhKeys.Request request = EcdhKeys.Request.of(keyIdentifier, agreement);
        EcdhKeys.Derived derived = EcdhKeys.derive(keys, context, request, requirement.usages(), field);
        UsableKey working = new UsableKey(keys.resolver(context).resolve(derived.privateKeyArn()), derived.key());
        return checked(working, () -> new KeyAttributes(derived.usage(), KeyClass.SYMMETRIC_KEY,
                derived.algorithm(), KeyModesOfUse.NO_RESTRICTIONS), wrapped, field, requirement);
    }

    private interface Attributes {
        KeyAttributes read();
    }

    /**
     * The working key under its holder's identity, with its own attributes and check value, once the operation's
     * requirement admits it; a key refused is closed (wiped) here.
     */
    private static UsableKey checked(UsableKey working, Attributes attributesOf, WrappedKey wrapped, String field,
                                     KeyRequirement requirement) {
        try {
            KeyAttributes attributes = attributesOf.read();
            requirement.check(attributes, "The key wrapped in " + field);
            KeyCheckValueAlgorithm kcvAlgorithm = wrapped.keyCheckValueAlgorithm() != null
                    ? wrapped.keyCheckValueAlgorithm() : KeyRules.defaultCheckValueAlgorithm(attributes.keyAlgorithm());
            SecretBytes key = working.key();
            String kcv = KeyCheckValueCalculator.compute(attributes.keyAlgorithm(), kcvAlgorithm,
                    new KeyMaterial.SymmetricKey(key));
            return new UsableKey(working.stored().toBuilder().attributes(attributes).keyCheckValue(kcv)
                    .keyCheckValueAlgorithm(kcvAlgorithm).build(), key);
        } catch (InvalidKeyAttributesException e) {
            working.close();
            throw new ValidationException(field + ": " + e.getMessage());
        } catch (RuntimeException e) {
            working.close();
            throw e;
        }
    }
}
