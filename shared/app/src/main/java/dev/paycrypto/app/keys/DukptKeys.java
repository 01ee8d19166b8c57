package dev.paycrypto.app.keys;

import dev.paycrypto.api.data.DukptAttributes;
import dev.paycrypto.api.data.DukptDerivationAttributes;
import dev.paycrypto.api.data.DukptDerivationType;
import dev.paycrypto.api.data.DukptEncryptionAttributes;
import dev.paycrypto.api.data.DukptKeyVariant;
import dev.paycrypto.api.data.MacAlgorithmDukpt;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.dukpt.AesDukpt;
import dev.paycrypto.crypto.dukpt.TdesDukpt;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.StoredKey;

/**
 * DUKPT working keys from a base derivation key (TR31_B0, DeriveKey) and a key serial number: TDES BDKs take
 * 20-hex-digit KSNs (X9.24-1:2009 variants: REQUEST and BIDIRECTIONAL use the request variant, RESPONSE the
 * response variant; PIN keys the PIN variant), AES BDKs 24-hex-digit KSNs (X9.24-3-2017 usages: REQUEST
 * generation, RESPONSE verification, BIDIRECTIONAL both; the working key type is the derivation type asked for, by
 * default the BDK's own). The working key is named by its BDK (ARN and check value) with its own algorithm.
 */
public final class DukptKeys {

    /** What the working key is for. */
    public enum Purpose {
        MAC, DATA_ENCRYPTION, PIN
    }

    /** What a request says of its DUKPT transaction; {@code variant} and {@code type} may be absent (null). */
    public record Derivation(String keySerialNumber, DukptKeyVariant variant, DukptDerivationType type) {

        public static Derivation of(DukptAttributes attributes) {
            return new Derivation(attributes.keySerialNumber(), null, attributes.dukptDerivationType());
        }

        public static Derivation of(DukptDerivationAttributes attributes) {
            return new Derivation(attributes.keySerialNumber(), attributes.dukptKeyVariant(),
                    attributes.dukptKeyDerivationType());
        }

        public static Derivation of(MacAlgorithmDukpt attributes) {
            return new Derivation(attributes.keySerialNumber(), attributes.dukptKeyVariant(),
                    attributes.dukptDerivationType());
        }

        public static Derivation of(DukptEncryptionAttributes attributes) {
            return new Derivation(attributes.keySerialNumber(), attributes.dukptKeyVariant(),
                    attributes.dukptKeyDerivationType());
        }

        DukptKeyVariant variantOrDefault() {
            return variant == null ? DukptKeyVariant.BIDIRECTIONAL : variant;
        }
    }

    private DukptKeys() {
    }

    static UsableKey derive(KeySources keys, CallContext context, String bdkIdentifier, Derivation derivation,
                            Purpose purpose) {
        byte[] ksn = Hex.decode(derivation.keySerialNumber());
        try (UsableKey bdk = keys.symmetric(context, bdkIdentifier, KeyRequirements.DUKPT_BASE_DERIVATION)) {
            if (bdk.stored().attributes().keyAlgorithm() == KeyAlgorithm.TDES_2KEY) {
                return new UsableKey(named(bdk.stored(), KeyAlgorithm.TDES_2KEY), tdes(bdk.key(), ksn,
                        tdesVariant(purpose, derivation.variantOrDefault())));
            }
            if (ksn.length != 12) {
                throw new ValidationException("KeySerialNumber of an AES DUKPT key has 24 hexadecimal digits");
            }
            KeyAlgorithm type = derivation.type() == null ? bdk.stored().attributes().keyAlgorithm()
                    : KeyAlgorithm.valueOf(derivation.type().name());
            SecretBytes working = AesDukpt.workingKey(bdk.key(), ksn, aesUsage(purpose, derivation.variantOrDefault()),
                    AesDukpt.KeyType.valueOf(type.name()));
            return new UsableKey(named(bdk.stored(), type), working);
        } catch (CryptoException e) {
            throw new ValidationException("KeySerialNumber: " + e.getMessage());
        }
    }

    private static SecretBytes tdes(SecretBytes bdk, byte[] ksn, TdesDukpt.Variant variant) {
        if (ksn.length != 10) {
            throw new ValidationException("KeySerialNumber of a TDES DUKPT key has 20 hexadecimal digits");
        }
        SecretBytes transaction = TdesDukpt.transactionKey(bdk, ksn);
        try {
            return TdesDukpt.workingKey(transaction, variant);
        } finally {
            transaction.wipe();
        }
    }

    /** The BDK as the response names it, with the working key's algorithm (which says TDES or AES to its users). */
    private static StoredKey named(StoredKey bdk, KeyAlgorithm workingAlgorithm) {
        KeyAttributes own = bdk.attributes();
        return bdk.toBuilder().attributes(new KeyAttributes(own.keyUsage(), own.keyClass(), workingAlgorithm,
                own.keyModesOfUse())).build();
    }

    private static TdesDukpt.Variant tdesVariant(Purpose purpose, DukptKeyVariant variant) {
        boolean response = variant == DukptKeyVariant.RESPONSE;
        return switch (purpose) {
            case MAC -> response ? TdesDukpt.Variant.MAC_RESPONSE : TdesDukpt.Variant.MAC_REQUEST;
            case DATA_ENCRYPTION -> response ? TdesDukpt.Variant.DATA_RESPONSE : TdesDukpt.Variant.DATA_REQUEST;
            case PIN -> TdesDukpt.Variant.PIN;
        };
    }

    private static AesDukpt.KeyUsage aesUsage(Purpose purpose, DukptKeyVariant variant) {
        return switch (purpose) {
            case MAC -> switch (variant) {
                case REQUEST -> AesDukpt.KeyUsage.MAC_GENERATION;
                case RESPONSE -> AesDukpt.KeyUsage.MAC_VERIFICATION;
                case BIDIRECTIONAL -> AesDukpt.KeyUsage.MAC_BOTH_WAYS;
            };
            case DATA_ENCRYPTION -> switch (variant) {
                case REQUEST -> AesDukpt.KeyUsage.DATA_ENCRYPTION_ENCRYPT;
                case RESPONSE -> AesDukpt.KeyUsage.DATA_ENCRYPTION_DECRYPT;
                case BIDIRECTIONAL -> AesDukpt.KeyUsage.DATA_ENCRYPTION_BOTH_WAYS;
            };
            case PIN -> AesDukpt.KeyUsage.PIN_ENCRYPTION;
        };
    }
}
