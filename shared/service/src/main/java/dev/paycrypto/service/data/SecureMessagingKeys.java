package dev.paycrypto.service.data;

import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.emv.EmvKeys;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.KeyRequirement;
import dev.paycrypto.service.keys.UsableKeys;
import dev.paycrypto.service.runtime.Call;
import java.util.Arrays;
import java.util.Set;

/**
 * The card's secure-messaging session keys for issuer scripts (EMV MAC, PIN change): the ICC master key derived
 * from an issuer master key (option A or B), then the session key of the scheme — the EMV common session key with
 * R = the application cryptogram (EMV common, Mastercard, UnionPay; EMV 4.x Book 2 A1.3, as M/Chip and CCD
 * use it), Visa's ATC method (VIS), the EMV2000 tree on the ATC (branch factor 4, height 8, zero IV), and for
 * Amex the ICC master key itself (as for its cryptograms; an assumption, no public vector).
 */
public final class SecureMessagingKeys {

    /** The issuer key used and the card's session key; the caller closes it, which wipes the session key. */
    public record SessionKey(StoredKey issuerKey, SecretBytes key) implements AutoCloseable {
        @Override
        public void close() {
            key.close();
        }
    }

    /** The derivation inputs: the card, the scheme, and its application cryptogram or ATC (either may be null). */
    public record Derivation(String majorKeyDerivationMode, String pan, String panSequenceNumber, String mode,
                             byte[] applicationCryptogram, byte[] applicationTransactionCounter) {
    }

    private static final Set<KeyAlgorithm> TDES_2KEY = Set.of(KeyAlgorithm.TDES_2KEY);

    private SecureMessagingKeys() {
    }

    public static SessionKey derive(Call call, String keyIdentifier, KeyRequirement requirement, Derivation derivation,
                                    String field) {
        UsableKeys.Opened issuer = UsableKeys.openSymmetric(call, keyIdentifier, requirement);
        SecretBytes icc = null;
        try {
            icc = iccMasterKey(issuer.key(), derivation);
            return new SessionKey(issuer.stored(), sessionKey(icc, derivation, field));
        } catch (CryptoException e) {
            throw new ValidationException(field + ": " + e.getMessage());
        } finally {
            issuer.key().wipe();
            if (icc != null) {
                icc.wipe();
            }
        }
    }

    /** The ICC master key of the card under an issuer master key. */
    public static SecretBytes iccMasterKey(SecretBytes issuerKey, Derivation derivation) {
        return EmvSessionKeys.iccMasterKey(issuerKey, derivation.majorKeyDerivationMode(), derivation.pan(),
                derivation.panSequenceNumber());
    }

    private static SecretBytes sessionKey(SecretBytes icc, Derivation derivation, String field) {
        return switch (derivation.mode()) {
            case "EMV_COMMON_SESSION_KEY", "MASTERCARD_SESSION_KEY", "UNION_PAY" -> EmvKeys.commonSessionKey(icc,
                    require(derivation.applicationCryptogram(), field, "ApplicationCryptogram", derivation.mode()));
            case "VISA" -> EmvKeys.visaSecureMessagingSessionKey(icc,
                    require(derivation.applicationTransactionCounter(), field, "ApplicationTransactionCounter",
                            derivation.mode()));
            case "EMV2000" -> EmvKeys.emv2000TreeSessionKey(icc, require(derivation.applicationTransactionCounter(),
                    field, "ApplicationTransactionCounter", derivation.mode()), 8, 4, new byte[16]);
            case "AMEX" -> {
                byte[] raw = icc.copy();
                try {
                    yield SecretBytes.of(raw);
                } finally {
                    Arrays.fill(raw, (byte) 0);
                }
            }
            default -> throw new ValidationException(field + ": session key derivation " + derivation.mode()
                    + " is not supported");
        };
    }

    private static byte[] require(byte[] value, String field, String member, String mode) {
        if (value == null) {
            throw new ValidationException(field + "." + member + " is required for " + mode);
        }
        return value;
    }
}
