package dev.paycrypto.service.data;

import dev.paycrypto.app.keys.KeyRequirements;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.emv.Cryptograms;
import dev.paycrypto.crypto.emv.EmvKeys;
import dev.paycrypto.crypto.mac.Iso9797Padding;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.KeyRequirement;
import dev.paycrypto.service.keys.UsableKeys;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Input;
import java.util.EnumSet;
import java.util.Set;

/**
 * The card keys of an authorization cryptogram: the ICC master key derived from the issuer master key (option A or
 * B), and the key of each {@code SessionKeyDerivation} member — EmvCommon and UnionPay the EMV common session key
 * (R = ATC ‖ 0…0), Mastercard R = ATC ‖ 0000 ‖ UN, Emv2000 the EMV2000 tree (branch factor 4, height 8, zero IV),
 * Visa (CVN10) and Amex the ICC master key itself. The ARPC is computed with the same key, except for Mastercard,
 * whose ARPC uses the ICC master key (M/Chip).
 */
public final class EmvSessionKeys {

    /** The issuer key used, and the card's ARQC and ARPC keys. */
    public record Keys(StoredKey issuerKey, SecretBytes cryptogramKey, SecretBytes responseKey) {
        /** Wipes the card keys (one wipe when both are the same key). */
        public void wipe() {
            cryptogramKey.wipe();
            responseKey.wipe();
        }
    }

    private static final KeyModesOfUse DERIVE = KeyModesOfUse.DERIVE_KEY;
    private static final Set<KeyAlgorithm> TDES = EnumSet.of(KeyAlgorithm.TDES_2KEY, KeyAlgorithm.TDES_3KEY);

    private EmvSessionKeys() {
    }

    public static Keys derive(Call call, Input derivation, KeyRequirement requirement) {
        UsableKeys.Opened imk = UsableKeys.openSymmetric(call, call.input().string("KeyIdentifier"), requirement);
        String scheme = derivation.unionMember();
        Input parameters = derivation.object(scheme);
        String pan = parameters.string("PrimaryAccountNumber");
        String psn = parameters.string("PanSequenceNumber");
        try {
            SecretBytes mk = iccMasterKey(imk.key(), call.input().string("MajorKeyDerivationMode"), pan, psn);
            return switch (scheme) {
                case "EmvCommon", "UnionPay" -> same(imk.stored(), replacing(mk,
                        EmvKeys.commonSessionKeyForAtc(mk, atc(parameters))));
                case "Mastercard" -> new Keys(imk.stored(), EmvKeys.mastercardSessionKey(mk, atc(parameters),
                        Hex.decode(parameters.string("UnpredictableNumber"))), mk);
                case "Emv2000" -> same(imk.stored(), replacing(mk, EmvKeys.emv2000TreeSessionKey(mk, atc(parameters),
                        8, 4, new byte[16])));
                case "Visa", "Amex" -> same(imk.stored(), mk);
                default -> {
                    mk.wipe();
                    throw new ValidationException("SessionKeyDerivationAttributes." + scheme
                            + " is not available on this server");
                }
            };
        } catch (CryptoException e) {
            throw new ValidationException("SessionKeyDerivationAttributes." + scheme + ": " + e.getMessage());
        } finally {
            imk.key().wipe();
        }
    }

    /** The ARQC a request's transaction data has under its card's cryptogram key, with the keys that made it. */
    public record Arqc(Keys keys, byte[] cryptogram) {
        /** Wipes the card keys. */
        public void wipe() {
            keys.wipe();
        }
    }

    /**
     * The card's ICC master key under an issuer master key: EMV option B when {@code majorKeyDerivationMode} is
     * {@code EMV_OPTION_B} (which falls back to A for PANs of 16 digits or fewer), option A otherwise.
     */
    public static SecretBytes iccMasterKey(SecretBytes issuerKey, String majorKeyDerivationMode, String pan,
                                           String psn) {
        return "EMV_OPTION_B".equals(majorKeyDerivationMode) ? EmvKeys.iccMasterKeyOptionB(issuerKey, pan, psn)
                : EmvKeys.iccMasterKeyOptionA(issuerKey, pan, psn);
    }

    /** A session key in place of the master key it came from, which is wiped. */
    private static SecretBytes replacing(SecretBytes masterKey, SecretBytes sessionKey) {
        masterKey.wipe();
        return sessionKey;
    }

    /**
     * The ARQC of GenerateAuthRequestCryptogram and VerifyAuthRequestCryptogram: ISO/IEC 9797-1 algorithm 3 over
     * {@code TransactionData} (the caller pads; unaligned data is zero-padded) under the card key of the
     * {@code SessionKeyDerivationAttributes} scheme, from an E0 issuer master key. The caller wipes it.
     */
    public static Arqc arqc(Call call) {
        Keys keys = derive(call, call.input().object("SessionKeyDerivationAttributes"),
                KeyRequirements.EMV_APPLICATION_CRYPTOGRAMS.requirement());
        try {
            return new Arqc(keys, Cryptograms.applicationCryptogram(keys.cryptogramKey(),
                    Hex.decode(call.input().string("TransactionData")), Iso9797Padding.METHOD_1));
        } catch (RuntimeException e) {
            keys.wipe();
            throw e;
        }
    }

    private static Keys same(StoredKey issuerKey, SecretBytes key) {
        return new Keys(issuerKey, key, key);
    }

    private static byte[] atc(Input parameters) {
        return Hex.decode(parameters.string("ApplicationTransactionCounter"));
    }
}
