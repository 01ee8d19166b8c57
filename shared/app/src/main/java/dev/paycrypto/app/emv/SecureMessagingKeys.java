package dev.paycrypto.app.emv;

import dev.paycrypto.api.data.SessionKeyDerivationMode;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.KeyRequirements;
import dev.paycrypto.app.keys.UsableKey;
import dev.paycrypto.app.keys.WorkingKeys;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.emv.EmvKeys;

/**
 * The card's keys under an issuer master key: the ICC master key (EMV option A, or option B, which falls back to A
 * for PANs of 16 digits or fewer), and from it the secure-messaging session keys of issuer scripts (EMV MAC, PIN
 * change, EMV data encryption) — the EMV common session key with R = the application cryptogram (EMV common,
 * Mastercard, UnionPay; EMV 4.x Book 2 A1.3, as M/Chip and CCD use it), Visa's ATC method (VIS), the EMV2000 tree
 * on the ATC (branch factor 4, height 8, zero IV), and for Amex the ICC master key itself (as for its cryptograms;
 * an assumption, no public vector).
 */
public final class SecureMessagingKeys {

    /** The derivation inputs: the card, the scheme, and its application cryptogram or ATC (either may be null). */
    public record Derivation(boolean optionB, String pan, String panSequenceNumber, SessionKeyDerivationMode mode,
                             byte[] applicationCryptogram, byte[] applicationTransactionCounter) {
    }

    private final WorkingKeys keys;

    public SecureMessagingKeys(WorkingKeys keys) {
        this.keys = keys;
    }

    /**
     * The card's session key under the issuer master key {@code keyIdentifier} meeting {@code requirement}, named by
     * that issuer key; {@code field} names the derivation in messages.
     */
    public UsableKey sessionKey(CallContext context, String keyIdentifier, KeyRequirements requirement,
                                Derivation derivation, String field) {
        try (UsableKey issuer = keys.stored(context, keyIdentifier, requirement)) {
            SecretBytes icc = iccMasterKey(issuer.key(), derivation.optionB(), derivation.pan(),
                    derivation.panSequenceNumber());
            try {
                return new UsableKey(issuer.stored(), sessionKey(icc, derivation, field));
            } finally {
                icc.wipe();
            }
        } catch (CryptoException e) {
            throw new ValidationException(field + ": " + e.getMessage());
        }
    }

    /** The ICC master key of a card under an issuer master key: option B when asked, else option A. */
    public static SecretBytes iccMasterKey(SecretBytes issuerKey, boolean optionB, String pan, String psn) {
        return optionB ? EmvKeys.iccMasterKeyOptionB(issuerKey, pan, psn)
                : EmvKeys.iccMasterKeyOptionA(issuerKey, pan, psn);
    }

    private static SecretBytes sessionKey(SecretBytes icc, Derivation derivation, String field) {
        SessionKeyDerivationMode mode = derivation.mode();
        return switch (mode) {
            case EMV_COMMON_SESSION_KEY, MASTERCARD_SESSION_KEY, UNION_PAY -> EmvKeys.commonSessionKey(icc,
                    require(derivation.applicationCryptogram(), field, "ApplicationCryptogram", mode));
            case VISA -> EmvKeys.visaSecureMessagingSessionKey(icc,
                    require(derivation.applicationTransactionCounter(), field, "ApplicationTransactionCounter", mode));
            case EMV2000 -> EmvKeys.emv2000TreeSessionKey(icc, require(derivation.applicationTransactionCounter(),
                    field, "ApplicationTransactionCounter", mode), 8, 4, new byte[16]);
            case AMEX -> icc.duplicate();
        };
    }


    private static byte[] require(byte[] value, String field, String member, SessionKeyDerivationMode mode) {
        if (value == null) {
            throw new ValidationException(field + "." + member + " is required for " + mode);
        }
        return value;
    }
}
