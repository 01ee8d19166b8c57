package dev.paycrypto.app.exchange;

import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.KeyIssuer;
import dev.paycrypto.app.keys.KeyRequirement;
import dev.paycrypto.app.keys.Tr31Attributes;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.keyblock.Tr31;
import dev.paycrypto.crypto.keyblock.Tr31Header;
import dev.paycrypto.crypto.keyblock.Tr31Unwrapped;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyCheckValueAlgorithm;
import dev.paycrypto.keys.KeyCheckValueCalculator;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyOrigin;
import dev.paycrypto.keys.StoredKey;
import java.util.Map;
import java.util.Optional;

/**
 * Stores a symmetric key that arrived in a key block (TR-31 under a key of the account or under an ECDH-derived
 * key, or TR-34): the block's header gives its attributes and exportability, its wrapping key must be at least as
 * strong as it, and a {@code KP} block, when present, must match the wrapping key's check value. The KP block is
 * specific to the import and is not kept (User Guide, "Import keys").
 */
public final class KeyBlockImport {

    /** What the ImportKey request itself says about the new key. */
    public record RequestSpec(boolean enabled, KeyCheckValueAlgorithm checkValueAlgorithm, Map<String, String> tags) {
    }

    private final KeyIssuer issuer;

    public KeyBlockImport(KeyIssuer issuer) {
        this.issuer = issuer;
    }

    /**
     * Opens a TR-31 block under {@code kbpk} and stores its key, which must be no stronger than the KBPK nor than
     * any {@code furtherProtectors} (the curve of an ECDH-derived KBPK).
     */
    public StoredKey importTr31(CallContext context, RequestSpec spec, SecretBytes kbpk, KeyAlgorithm kbpkAlgorithm,
                                       String keyBlock, String field, KeyAlgorithm... furtherProtectors) {
        Tr31Unwrapped unwrapped;
        try {
            unwrapped = Tr31.unwrap(kbpk, keyBlock);
        } catch (CryptoException e) {
            throw new ValidationException(field + ": the TR-31 key block does not open under the wrapping key: "
                    + e.getMessage());
        }
        try {
            requireWrappingKeyCheckValue(unwrapped.header(), kbpk, kbpkAlgorithm, field);
            KeyAlgorithm[] protectors = new KeyAlgorithm[furtherProtectors.length + 1];
            protectors[0] = kbpkAlgorithm;
            System.arraycopy(furtherProtectors, 0, protectors, 1, furtherProtectors.length);
            return store(context, spec, unwrapped.header(), unwrapped.key(), field, protectors);
        } finally {
            unwrapped.key().wipe();
        }
    }

    /**
     * Stores a key whose block has been opened and authenticated; it must be no stronger than any of the keys that
     * protected it on its way ({@code protectors}).
     */
    public StoredKey store(CallContext context, RequestSpec spec, Tr31Header header, SecretBytes key, String field,
                           KeyAlgorithm... protectors) {
        KeyAttributes attributes = Tr31Attributes.of(header, key.length(), field);
        KeyRequirement.requireProtectedBy(attributes.keyAlgorithm(), key.length(), field, protectors);
        KeyIssuer.NewKey newKey = new KeyIssuer.NewKey(attributes, Tr31Keys.isExportable(header), spec.enabled(),
                KeyOrigin.EXTERNAL, spec.checkValueAlgorithm(), null, spec.tags());
        return issuer.issue(context, newKey, new KeyMaterial.SymmetricKey(key.duplicate()));
    }

    /**
     * The X9.143 KP optional block: a check value algorithm id ({@code 00} ANSI X9.24, {@code 01} CMAC) and the
     * wrapping key's check value, compared over the digits both sides have.
     */
    private static void requireWrappingKeyCheckValue(Tr31Header header, SecretBytes kbpk, KeyAlgorithm kbpkAlgorithm,
                                                     String field) {
        Optional<String> kp = header.optionalBlock("KP");
        if (kp.isEmpty()) {
            return;
        }
        String value = kp.get();
        KeyCheckValueAlgorithm algorithm = value.startsWith("00") ? KeyCheckValueAlgorithm.ANSI_X9_24
                : value.startsWith("01") ? KeyCheckValueAlgorithm.CMAC : null;
        if (algorithm == null || value.length() < 6) {
            throw new ValidationException(field + ": the KP optional block is malformed");
        }
        String given = value.substring(2).toUpperCase();
        String actual = KeyCheckValueCalculator.compute(kbpkAlgorithm, algorithm,
                new KeyMaterial.SymmetricKey(kbpk)).toUpperCase();
        int digits = Math.min(given.length(), actual.length());
        if (!given.regionMatches(0, actual, 0, digits)) {
            throw new ValidationException(field + ": the KP optional block names a different wrapping key (check"
                    + " value " + given + ", wrapping key " + actual + ")");
        }
    }
}
