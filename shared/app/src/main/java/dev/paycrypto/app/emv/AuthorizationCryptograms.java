package dev.paycrypto.app.emv;

import dev.paycrypto.api.data.CryptogramAuthResponse;
import dev.paycrypto.api.data.CryptogramVerificationArpcMethod1;
import dev.paycrypto.api.data.CryptogramVerificationArpcMethod2;
import dev.paycrypto.api.data.GenerateAuthRequestCryptogramInput;
import dev.paycrypto.api.data.GenerateAuthRequestCryptogramOutput;
import dev.paycrypto.api.data.MajorKeyDerivationMode;
import dev.paycrypto.api.data.SessionKeyAmex;
import dev.paycrypto.api.data.SessionKeyDerivation;
import dev.paycrypto.api.data.SessionKeyEmv2000;
import dev.paycrypto.api.data.SessionKeyEmvCommon;
import dev.paycrypto.api.data.SessionKeyMastercard;
import dev.paycrypto.api.data.SessionKeyUnionPay;
import dev.paycrypto.api.data.SessionKeyVisa;
import dev.paycrypto.api.data.VerifyAuthRequestCryptogramInput;
import dev.paycrypto.api.data.VerifyAuthRequestCryptogramOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.errors.VerificationFailedException;
import dev.paycrypto.app.errors.VerificationFailedReason;
import dev.paycrypto.app.keys.KeyRequirements;
import dev.paycrypto.app.keys.UsableKey;
import dev.paycrypto.app.keys.WorkingKeys;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.emv.Cryptograms;
import dev.paycrypto.crypto.emv.EmvKeys;
import dev.paycrypto.crypto.mac.Iso9797Padding;
import dev.paycrypto.keys.StoredKey;
import java.security.MessageDigest;

/**
 * GenerateAuthRequestCryptogram and VerifyAuthRequestCryptogram: the ARQC (ISO/IEC 9797-1 algorithm 3 over the
 * transaction data, which the caller pads; unaligned data is zero-padded) under the card key of the
 * {@code SessionKeyDerivationAttributes} scheme, from an E0 issuer master key through the card's ICC master key
 * (option A or B): EmvCommon and UnionPay the EMV common session key (R = ATC ‖ 0…0), Mastercard R = ATC ‖ 0000 ‖ UN,
 * Emv2000 the EMV2000 tree (branch factor 4, height 8, zero IV), Visa (CVN10) and Amex the ICC master key itself.
 * The ARPC (method 1 or 2) is computed with the same key, except for Mastercard, whose ARPC uses the ICC master key
 * (M/Chip). Generating is what a test harness or a card simulator needs.
 */
public final class AuthorizationCryptograms {

    private static final String FIELD = "SessionKeyDerivationAttributes";

    private final WorkingKeys keys;

    public AuthorizationCryptograms(WorkingKeys keys) {
        this.keys = keys;
    }

    public GenerateAuthRequestCryptogramOutput generate(GenerateAuthRequestCryptogramInput request,
                                                        CallContext context) {
        try (CardKeys card = cardKeys(context, request.keyIdentifier(), request.majorKeyDerivationMode(),
                request.sessionKeyDerivationAttributes())) {
            return new GenerateAuthRequestCryptogramOutput(card.issuerKey().keyArn(),
                    card.issuerKey().keyCheckValue(), Hex.encode(arqc(card, request.transactionData())));
        }
    }

    public VerifyAuthRequestCryptogramOutput verify(VerifyAuthRequestCryptogramInput request, CallContext context) {
        try (CardKeys card = cardKeys(context, request.keyIdentifier(), request.majorKeyDerivationMode(),
                request.sessionKeyDerivationAttributes())) {
            byte[] arqc = Hex.decode(request.authRequestCryptogram());
            if (!MessageDigest.isEqual(arqc(card, request.transactionData()), arqc)) {
                throw new VerificationFailedException("ARQC does not match transaction data",
                        VerificationFailedReason.INVALID_AUTH_REQUEST_CRYPTOGRAM);
            }
            return new VerifyAuthRequestCryptogramOutput(card.issuerKey().keyArn(), card.issuerKey().keyCheckValue(),
                    authResponse(request.authResponseAttributes(), card.responseKey(), arqc));
        }
    }

    private static byte[] arqc(CardKeys card, String transactionData) {
        return Cryptograms.applicationCryptogram(card.cryptogramKey(), Hex.decode(transactionData),
                Iso9797Padding.METHOD_1);
    }

    private static String authResponse(CryptogramAuthResponse attributes, SecretBytes responseKey, byte[] arqc) {
        if (attributes instanceof CryptogramVerificationArpcMethod1 method1) {
            return Hex.encode(Cryptograms.arpcMethod1(responseKey, arqc, Hex.decode(method1.authResponseCode())));
        }
        if (attributes instanceof CryptogramVerificationArpcMethod2 method2) {
            return Hex.encode(Cryptograms.arpcMethod2(responseKey, arqc, Hex.decode(method2.cardStatusUpdate()),
                    method2.proprietaryAuthenticationData() == null ? null
                            : Hex.decode(method2.proprietaryAuthenticationData())));
        }
        return null;
    }

    /** The issuer key used, and the card's ARQC and ARPC keys; closing wipes both. */
    private record CardKeys(StoredKey issuerKey, SecretBytes cryptogramKey, SecretBytes responseKey)
            implements AutoCloseable {
        @Override
        public void close() {
            cryptogramKey.wipe();
            responseKey.wipe();
        }
    }

    /** What the session-key members carry: the card, and the ATC and UN where the scheme uses them. */
    private record Card(String pan, String psn, String atc, String unpredictableNumber) {
    }

    private CardKeys cardKeys(CallContext context, String keyIdentifier, MajorKeyDerivationMode major,
                              SessionKeyDerivation derivation) {
        Card card = card(derivation);
        try (UsableKey imk = keys.stored(context, keyIdentifier, KeyRequirements.EMV_APPLICATION_CRYPTOGRAMS)) {
            SecretBytes mk = SecureMessagingKeys.iccMasterKey(imk.key(), major == MajorKeyDerivationMode.EMV_OPTION_B,
                    card.pan(), card.psn());
            try {
                if (derivation instanceof SessionKeyMastercard) {
                    return new CardKeys(imk.stored(), EmvKeys.mastercardSessionKey(mk, Hex.decode(card.atc()),
                            Hex.decode(card.unpredictableNumber())), mk.duplicate());
                }
                SecretBytes key = derivation instanceof SessionKeyEmv2000
                        ? EmvKeys.emv2000TreeSessionKey(mk, Hex.decode(card.atc()), 8, 4, new byte[16])
                        : derivation instanceof SessionKeyEmvCommon || derivation instanceof SessionKeyUnionPay
                        ? EmvKeys.commonSessionKeyForAtc(mk, Hex.decode(card.atc()))
                        : mk.duplicate(); // Visa and Amex: the ICC master key itself
                return new CardKeys(imk.stored(), key, key);
            } finally {
                mk.wipe();
            }
        } catch (CryptoException e) {
            throw new ValidationException(FIELD + "." + derivation.memberName() + ": " + e.getMessage());
        }
    }

    private static Card card(SessionKeyDerivation derivation) {
        if (derivation instanceof SessionKeyEmvCommon emv) {
            return new Card(emv.primaryAccountNumber(), emv.panSequenceNumber(), emv.applicationTransactionCounter(),
                    null);
        }
        if (derivation instanceof SessionKeyUnionPay unionPay) {
            return new Card(unionPay.primaryAccountNumber(), unionPay.panSequenceNumber(),
                    unionPay.applicationTransactionCounter(), null);
        }
        if (derivation instanceof SessionKeyMastercard mastercard) {
            return new Card(mastercard.primaryAccountNumber(), mastercard.panSequenceNumber(),
                    mastercard.applicationTransactionCounter(), mastercard.unpredictableNumber());
        }
        if (derivation instanceof SessionKeyEmv2000 emv2000) {
            return new Card(emv2000.primaryAccountNumber(), emv2000.panSequenceNumber(),
                    emv2000.applicationTransactionCounter(), null);
        }
        if (derivation instanceof SessionKeyVisa visa) {
            return new Card(visa.primaryAccountNumber(), visa.panSequenceNumber(), null, null);
        }
        if (derivation instanceof SessionKeyAmex amex) {
            return new Card(amex.primaryAccountNumber(), amex.panSequenceNumber(), null, null);
        }
        throw new ValidationException(FIELD + "." + derivation.memberName() + " is not available on this server");
    }
}
