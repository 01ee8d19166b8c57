package dev.paycrypto.app.exchange;

import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.KeyRequirement;
import dev.paycrypto.app.keys.KeySources;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.dukpt.AesDukpt;
import dev.paycrypto.crypto.dukpt.TdesDukpt;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyUsage;
import dev.paycrypto.keys.StoredKey;
import java.util.Arrays;

/**
 * A key on its way out of the service, in the clear only inside this object: the stored key itself, or — for
 * {@code ExportDukptInitialKey} — the DUKPT initial key (IPEK / IK) derived from a stored BDK for one device, which
 * is never stored ("IPEK keys are not persisted"). Its TR-31 key usage is the key's own, or {@code B1} (initial
 * DUKPT key) for a derived initial key. Closing wipes it.
 */
public record ExportedKey(KeyAttributes attributes, String tr31Usage, SecretBytes key) implements AutoCloseable {

    /**
     * The key {@code ExportKeyIdentifier} names, exportable and symmetric, or the initial key derived from it for
     * the device of {@code initialKeySerialNumber} (null for the key itself).
     */
    public static ExportedKey of(KeySources keys, CallContext context, String identifier,
                                 String initialKeySerialNumber) {
        StoredKey stored = keys.resolver(context).resolveUsable(identifier, context.now());
        if (!stored.exportable()) {
            throw new ValidationException("Key " + stored.keyArn() + " is not exportable");
        }
        if (stored.attributes().keyClass() != KeyClass.SYMMETRIC_KEY) {
            throw new ValidationException("Key " + stored.keyArn() + " is " + stored.attributes().keyClass()
                    + "; only symmetric keys are exported (a key pair's public key comes from"
                    + " GetPublicKeyCertificate)");
        }
        SecretBytes key = ((KeyMaterial.SymmetricKey) keys.open(stored)).key();
        if (initialKeySerialNumber == null) {
            return new ExportedKey(stored.attributes(), stored.attributes().keyUsage().tr31Code(), key);
        }
        try {
            return initialKey(stored, key, initialKeySerialNumber);
        } finally {
            key.wipe();
        }
    }

    /** Refuses a wrapping key weaker than this key (an HMAC key's strength depends on its length). */
    public void requireProtectedBy(KeyAlgorithm wrapping, String field) {
        KeyRequirement.requireProtectedBy(attributes.keyAlgorithm(), key.length(), field, wrapping);
    }

    @Override
    public void close() {
        key.wipe();
    }

    private static ExportedKey initialKey(StoredKey bdk, SecretBytes bdkKey, String ksnHex) {
        String field = "ExportAttributes.ExportDukptInitialKey.KeySerialNumber";
        if (bdk.attributes().keyUsage() != KeyUsage.TR31_B0_BASE_DERIVATION_KEY) {
            throw new ValidationException("ExportDukptInitialKey needs a key of KeyUsage "
                    + KeyUsage.TR31_B0_BASE_DERIVATION_KEY + "; key " + bdk.keyArn() + " has "
                    + bdk.attributes().keyUsage());
        }
        KeyAlgorithm algorithm = bdk.attributes().keyAlgorithm();
        byte[] ksn = Hex.decode(ksnHex);
        SecretBytes initialKey;
        KeyAlgorithm initialAlgorithm;
        try {
            if (algorithm == KeyAlgorithm.TDES_2KEY) {
                requireLength(ksn, 10, "20", field, algorithm);
                initialKey = TdesDukpt.initialKey(bdkKey, ksn);
                initialAlgorithm = KeyAlgorithm.TDES_2KEY;
            } else if (algorithm.family() == KeyAlgorithm.Family.AES) {
                requireLength(ksn, 12, "24", field, algorithm);
                initialKey = AesDukpt.initialKey(bdkKey, Arrays.copyOf(ksn, 8));
                initialAlgorithm = algorithm;
            } else {
                throw new ValidationException("DUKPT initial keys are derived from TDES_2KEY and AES BDKs; key "
                        + bdk.keyArn() + " is " + algorithm);
            }
        } catch (CryptoException e) {
            throw new ValidationException(field + ": " + e.getMessage());
        }
        KeyAttributes attributes = new KeyAttributes(KeyUsage.TR31_B0_BASE_DERIVATION_KEY, KeyClass.SYMMETRIC_KEY,
                initialAlgorithm, bdk.attributes().keyModesOfUse());
        return new ExportedKey(attributes, "B1", initialKey);
    }

    private static void requireLength(byte[] ksn, int bytes, String hexDigits, String field, KeyAlgorithm algorithm) {
        if (ksn.length != bytes) {
            throw new ValidationException(field + " has " + hexDigits + " hex digits for a " + algorithm + " BDK");
        }
    }
}
