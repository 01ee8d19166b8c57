package dev.paycrypto.app.mac;

import dev.paycrypto.api.data.GenerateMacInput;
import dev.paycrypto.api.data.GenerateMacOutput;
import dev.paycrypto.api.data.MacAlgorithm;
import dev.paycrypto.api.data.MacAlgorithmDukpt;
import dev.paycrypto.api.data.MacAlgorithmEmv;
import dev.paycrypto.api.data.MacAttributes;
import dev.paycrypto.api.data.MajorKeyDerivationMode;
import dev.paycrypto.api.data.SessionKeyDerivationValue;
import dev.paycrypto.api.data.VerifyMacInput;
import dev.paycrypto.api.data.VerifyMacOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.emv.SecureMessagingKeys;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.errors.VerificationFailedException;
import dev.paycrypto.app.errors.VerificationFailedReason;
import dev.paycrypto.app.keys.DukptKeys;
import dev.paycrypto.app.keys.KeyRequirement;
import dev.paycrypto.app.keys.KeyRequirements;
import dev.paycrypto.app.keys.UsableKey;
import dev.paycrypto.app.keys.WorkingKeys;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.as2805.As2805;
import dev.paycrypto.crypto.emv.SecureMessaging;
import dev.paycrypto.crypto.mac.Iso9797Padding;
import dev.paycrypto.crypto.mac.Macs;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.StoredKey;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * GenerateMac and VerifyMac, for each member of {@code MacAttributes}: an {@code Algorithm} — ISO/IEC 9797-1
 * algorithms 1 and 3 (padding method 1 applied when the data is not block aligned, as the User Guide states),
 * AS2805_4_1 (the retail MAC with padding method 1 under an M0 key, as AWS's AS2805 sample computes it), CMAC,
 * and HMAC with the key's own hash or a named one; the DUKPT members under a transaction's MAC working key; and
 * EmvMac (ISO/IEC 9797-1 algorithm 3, padding method 2) under a card's secure-messaging integrity session key. Each
 * names the key it needs ({@link KeyRequirements}: M1, M3, M0, M6, M7; B0 for DUKPT; E2 for EMV). A MAC may be
 * truncated to {@code MacLength} bytes; verification compares in constant time.
 */
public final class MessageAuthentication {

    private final WorkingKeys keys;
    private final SecureMessagingKeys secureMessaging;

    public MessageAuthentication(WorkingKeys keys, SecureMessagingKeys secureMessaging) {
        this.keys = keys;
        this.secureMessaging = secureMessaging;
    }

    public GenerateMacOutput generate(GenerateMacInput request, CallContext context) {
        Computed computed = compute(context, request.keyIdentifier(), Hex.decode(request.messageData()),
                request.generationAttributes(), "GenerationAttributes", true);
        byte[] mac = request.macLength() == null ? computed.mac() : truncate(computed.mac(), request.macLength());
        return new GenerateMacOutput(computed.key().keyArn(), computed.key().keyCheckValue(), Hex.encode(mac));
    }

    public VerifyMacOutput verify(VerifyMacInput request, CallContext context) {
        byte[] presented = Hex.decode(request.mac());
        Computed computed = compute(context, request.keyIdentifier(), Hex.decode(request.messageData()),
                request.verificationAttributes(), "VerificationAttributes", false);
        int length = request.macLength() == null ? presented.length : request.macLength();
        byte[] expected = truncate(computed.mac(), length);
        if (presented.length != length || !MessageDigest.isEqual(expected, presented)) {
            throw new VerificationFailedException("MAC verification failed", VerificationFailedReason.INVALID_MAC);
        }
        return new VerifyMacOutput(computed.key().keyArn(), computed.key().keyCheckValue());
    }

    /** A computed MAC with the key that computed it. */
    private record Computed(StoredKey key, byte[] mac) {
    }

    /** The MAC families of the DUKPT members. */
    private enum DukptMac {
        ISO9797_ALGORITHM1, ISO9797_ALGORITHM3, CMAC
    }

    private Computed compute(CallContext context, String keyIdentifier, byte[] message, MacAttributes attributes,
                             String member, boolean generate) {
        if (attributes instanceof MacAttributes.DukptIso9797Algorithm1 dukpt) {
            return dukpt(context, keyIdentifier, message, dukpt.value(), DukptMac.ISO9797_ALGORITHM1);
        }
        if (attributes instanceof MacAttributes.DukptIso9797Algorithm3 dukpt) {
            return dukpt(context, keyIdentifier, message, dukpt.value(), DukptMac.ISO9797_ALGORITHM3);
        }
        if (attributes instanceof MacAttributes.DukptCmac dukpt) {
            return dukpt(context, keyIdentifier, message, dukpt.value(), DukptMac.CMAC);
        }
        if (attributes instanceof MacAlgorithmEmv emv) {
            return emv(context, keyIdentifier, message, emv, member + "." + attributes.memberName());
        }
        MacAlgorithm algorithm = ((MacAttributes.Algorithm) attributes).value();
        try (UsableKey key = keys.open(context, WorkingKeys.Source.stored(keyIdentifier),
                requirement(algorithm, generate), null)) {
            SecretBytes secret = key.key();
            KeyAlgorithm keyAlgorithm = key.stored().attributes().keyAlgorithm();
            byte[] mac = switch (algorithm) {
                case ISO9797_ALGORITHM1 -> Macs.iso9797Algorithm1(secret, message, Iso9797Padding.METHOD_1);
                case ISO9797_ALGORITHM3 -> Macs.iso9797Algorithm3(secret, message, Iso9797Padding.METHOD_1);
                case AS2805_4_1 -> As2805.mac(secret, message);
                case CMAC -> keyAlgorithm.family() == KeyAlgorithm.Family.AES ? Macs.cmacAes(secret, message)
                        : Macs.cmacTdes(secret, message);
                default -> Macs.hmac(secret, keyAlgorithm.hmacJceName(), message);
            };
            return new Computed(key.stored(), mac);
        }
    }

    private static KeyRequirement requirement(MacAlgorithm algorithm, boolean generate) {
        return switch (algorithm) {
            case ISO9797_ALGORITHM1 -> (generate ? KeyRequirements.ISO9797_1_MAC_GENERATE
                    : KeyRequirements.ISO9797_1_MAC_VERIFY).requirement();
            case ISO9797_ALGORITHM3 -> (generate ? KeyRequirements.ISO9797_3_MAC_GENERATE
                    : KeyRequirements.ISO9797_3_MAC_VERIFY).requirement();
            case CMAC -> (generate ? KeyRequirements.CMAC_GENERATE : KeyRequirements.CMAC_VERIFY).requirement();
            case HMAC -> (generate ? KeyRequirements.HMAC_GENERATE : KeyRequirements.HMAC_VERIFY).requirement();
            case HMAC_SHA224, HMAC_SHA256, HMAC_SHA384, HMAC_SHA512 -> (generate ? KeyRequirements.HMAC_GENERATE
                    : KeyRequirements.HMAC_VERIFY).withAlgorithm(KeyAlgorithm.valueOf(algorithm.name()));
            case AS2805_4_1 -> (generate ? KeyRequirements.AS2805_MAC_GENERATE
                    : KeyRequirements.AS2805_MAC_VERIFY).requirement();
        };
    }

    /** EmvMac: the issuer script MAC under the card's secure-messaging integrity session key (E2). */
    private Computed emv(CallContext context, String keyIdentifier, byte[] message, MacAlgorithmEmv attributes,
                         String field) {
        SessionKeyDerivationValue value = attributes.sessionKeyDerivationValue();
        SecureMessagingKeys.Derivation derivation = new SecureMessagingKeys.Derivation(
                attributes.majorKeyDerivationMode() == MajorKeyDerivationMode.EMV_OPTION_B,
                attributes.primaryAccountNumber(), attributes.panSequenceNumber(),
                attributes.sessionKeyDerivationMode(),
                value instanceof SessionKeyDerivationValue.ApplicationCryptogram cryptogram
                        ? Hex.decode(cryptogram.value()) : null,
                value instanceof SessionKeyDerivationValue.ApplicationTransactionCounter atc
                        ? Hex.decode(atc.value()) : null);
        try (UsableKey session = secureMessaging.sessionKey(context, keyIdentifier,
                KeyRequirements.EMV_SECURE_MESSAGING_INTEGRITY, derivation, field + ".SessionKeyDerivationValue")) {
            return new Computed(session.stored(), SecureMessaging.commandMac(session.key(), message));
        }
    }

    /** DukptIso9797Algorithm1, DukptIso9797Algorithm3 and DukptCmac: the MAC under the DUKPT MAC working key. */
    private Computed dukpt(CallContext context, String bdkIdentifier, byte[] message, MacAlgorithmDukpt attributes,
                           DukptMac kind) {
        try (UsableKey working = keys.dukpt(context, bdkIdentifier, DukptKeys.Derivation.of(attributes),
                DukptKeys.Purpose.MAC)) {
            boolean aes = working.stored().attributes().keyAlgorithm().family() == KeyAlgorithm.Family.AES;
            if (aes && kind != DukptMac.CMAC) {
                throw new ValidationException("ISO 9797-1 MACs need a TDES working key; use DukptCmac for AES");
            }
            byte[] mac = switch (kind) {
                case ISO9797_ALGORITHM1 -> Macs.iso9797Algorithm1(working.key(), message, Iso9797Padding.METHOD_1);
                case ISO9797_ALGORITHM3 -> Macs.iso9797Algorithm3(working.key(), message, Iso9797Padding.METHOD_1);
                case CMAC -> aes ? Macs.cmacAes(working.key(), message) : Macs.cmacTdes(working.key(), message);
            };
            return new Computed(working.stored(), mac);
        }
    }

    /** The MAC truncated to {@code MacLength} bytes, which may not exceed the full MAC. */
    private static byte[] truncate(byte[] mac, int lengthBytes) {
        if (lengthBytes > mac.length) {
            throw new ValidationException("MacLength " + lengthBytes + " exceeds the " + mac.length
                    + "-byte MAC of this algorithm");
        }
        return Arrays.copyOf(mac, lengthBytes);
    }
}
