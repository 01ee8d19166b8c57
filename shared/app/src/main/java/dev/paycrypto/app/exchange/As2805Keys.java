package dev.paycrypto.app.exchange;

import dev.paycrypto.api.control.As2805KeyVariant;
import dev.paycrypto.api.control.ImportAs2805KeyCryptogram;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.KeyIssuer;
import dev.paycrypto.app.keys.KeyRequirement;
import dev.paycrypto.app.keys.KeyRequirements;
import dev.paycrypto.app.keys.KeyShapes;
import dev.paycrypto.app.keys.KeySources;
import dev.paycrypto.app.keys.UsableKey;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.as2805.As2805;
import dev.paycrypto.crypto.as2805.As2805Variant;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyCheckValueAlgorithm;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyOrigin;
import dev.paycrypto.keys.KeyUsage;
import dev.paycrypto.keys.StoredKey;
import java.util.Map;

/**
 * {@code As2805KeyCryptogram} import and export (User Guide, "AS2805"): a TDES working key as a cryptogram under
 * a stored {@code TR31_K0_KEY_ENCRYPTION_KEY} (Unwrap to import, Wrap to export) with the AS2805 variant of its
 * kind XORed into the KEK. The variant fixes the working key's usage: 28 → P0, 24 → M0, 22 → D0.
 * {@code TERMINAL_MAJOR_KEY_VARIANT_00} is refused: no public material fixes its mask. TDES_3KEY working keys (the
 * pattern over 24 bytes, CBC over three blocks) are inferred from the 2-key case, which the sample shows.
 */
final class As2805Keys {

    /** An exported cryptogram (hex) and the ARN of the KEK it is under. */
    record Exported(String cryptogram, String kekArn) {
    }

    private final KeySources keys;

    As2805Keys(KeySources keys) {
        this.keys = keys;
    }

    /** The working key of an import cryptogram, stored with the attributes the request and its variant give. */
    StoredKey importKey(CallContext context, KeyIssuer issuer, ImportAs2805KeyCryptogram cryptogram, boolean enabled,
                        KeyCheckValueAlgorithm checkValueAlgorithm, Map<String, String> tags, String field) {
        As2805Variant variant = variant(cryptogram.as2805KeyVariant(), field + ".As2805KeyVariant");
        KeyAlgorithm algorithm = cryptogram.keyAlgorithm();
        requireTdes(algorithm, field + ".KeyAlgorithm");
        KeyAttributes attributes = KeyShapes.attributes(new dev.paycrypto.api.control.KeyAttributes(
                usage(cryptogram.as2805KeyVariant()), KeyClass.SYMMETRIC_KEY, algorithm,
                cryptogram.keyModesOfUse()), field);
        String hex = cryptogram.wrappedKeyCryptogram();
        if (hex.length() != algorithm.symmetricKeyBytes() * 2 || !Hex.isHex(hex)) {
            throw new ValidationException(field + ".WrappedKeyCryptogram must have " + algorithm.symmetricKeyBytes() * 2
                    + " hexadecimal characters for a " + algorithm + " key");
        }
        byte[] wrapped = Hex.decode(hex);
        try (UsableKey kek = keys.symmetric(context, cryptogram.wrappingKeyIdentifier(),
                KeyRequirements.AS2805_KEK_UNWRAP)) {
            KeyRequirement.requireProtectedBy(algorithm, field + ".WrappingKeyIdentifier",
                    kek.stored().attributes().keyAlgorithm());
            SecretBytes key;
            try {
                key = As2805.unwrapKey(kek.key(), variant, wrapped);
            } catch (CryptoException e) {
                throw new ValidationException(field + ".WrappedKeyCryptogram: " + e.getMessage());
            }
            KeyIssuer.NewKey spec = new KeyIssuer.NewKey(attributes, cryptogram.exportable(), enabled,
                    KeyOrigin.EXTERNAL, checkValueAlgorithm, null, tags);
            return issuer.issue(context, spec, new KeyMaterial.SymmetricKey(key));
        }
    }

    /** The cryptogram (hex) of an exportable TDES key whose usage matches the variant, and its KEK's ARN. */
    Exported export(CallContext context, ExportedKey key, String wrappingKeyIdentifier, As2805KeyVariant requested,
                    String field) {
        As2805Variant variant = variant(requested, field + ".As2805KeyVariant");
        KeyUsage usage = usage(requested);
        if (key.attributes().keyUsage() != usage) {
            throw new ValidationException(field + ".As2805KeyVariant " + requested + " exports keys of KeyUsage "
                    + usage + "; the key has KeyUsage " + key.attributes().keyUsage());
        }
        requireTdes(key.attributes().keyAlgorithm(), "The exported key's KeyAlgorithm");
        try (UsableKey kek = keys.symmetric(context, wrappingKeyIdentifier, KeyRequirements.AS2805_KEK_WRAP)) {
            key.requireProtectedBy(kek.stored().attributes().keyAlgorithm(), field + ".WrappingKeyIdentifier");
            return new Exported(Hex.encode(As2805.wrapKey(kek.key(), variant, key.key())), kek.keyArn());
        }
    }

    private static As2805Variant variant(As2805KeyVariant variant, String field) {
        return switch (variant) {
            case PIN_ENCRYPTION_KEY_VARIANT_28 -> As2805Variant.PIN_ENCRYPTION_28;
            case MESSAGE_AUTHENTICATION_KEY_VARIANT_24 -> As2805Variant.MESSAGE_AUTHENTICATION_24;
            case DATA_ENCRYPTION_KEY_VARIANT_22 -> As2805Variant.DATA_ENCRYPTION_22;
            case TERMINAL_MAJOR_KEY_VARIANT_00 -> throw new ValidationException(field + " " + variant
                    + " is not available on this server: public material does not fix its variant mask");
        };
    }

    private static KeyUsage usage(As2805KeyVariant variant) {
        return switch (variant) {
            case PIN_ENCRYPTION_KEY_VARIANT_28 -> KeyUsage.TR31_P0_PIN_ENCRYPTION_KEY;
            case MESSAGE_AUTHENTICATION_KEY_VARIANT_24 -> KeyUsage.TR31_M0_ISO_16609_MAC_KEY;
            case DATA_ENCRYPTION_KEY_VARIANT_22 -> KeyUsage.TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY;
            case TERMINAL_MAJOR_KEY_VARIANT_00 -> KeyUsage.TR31_K0_KEY_ENCRYPTION_KEY;
        };
    }

    private static void requireTdes(KeyAlgorithm algorithm, String field) {
        if (algorithm != KeyAlgorithm.TDES_2KEY && algorithm != KeyAlgorithm.TDES_3KEY) {
            throw new ValidationException(field + " is " + algorithm + "; AS2805 key cryptograms carry TDES_2KEY and"
                    + " TDES_3KEY keys");
        }
    }
}
