package dev.paycrypto.service.data;

import dev.paycrypto.app.keys.KeyRequirements;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.emv.SecureMessaging;
import dev.paycrypto.crypto.mac.Iso9797Padding;
import dev.paycrypto.crypto.mac.Macs;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.KeyRequirement;
import dev.paycrypto.service.keys.UsableKeys;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Input;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The MAC that GenerateMac and VerifyMac share, for the {@code Algorithm} member of {@code MacAttributes}:
 * ISO/IEC 9797-1 algorithms 1 and 3 (padding method 1 applied when the data is not block aligned, as the User
 * Guide states), CMAC, and HMAC with the key's own hash or a named one; the DUKPT members under a transaction's
 * MAC key; and EmvMac under a card's secure-messaging session key. Each algorithm names the key it needs (User
 * Guide, "Key types for specific data operations": M1, M3, M6, M7; B0 for DUKPT; E2 for EMV).
 */
public final class MacComputation {

    /** A computed MAC with the key that computed it. */
    public record Result(StoredKey key, byte[] mac) {
    }

    private static final Set<KeyAlgorithm> TDES = EnumSet.of(KeyAlgorithm.TDES_2KEY, KeyAlgorithm.TDES_3KEY);
    private static final Set<KeyAlgorithm> TDES_AES = EnumSet.of(KeyAlgorithm.TDES_2KEY, KeyAlgorithm.TDES_3KEY,
            KeyAlgorithm.AES_128, KeyAlgorithm.AES_192, KeyAlgorithm.AES_256);
    private static final Set<KeyAlgorithm> HMAC = EnumSet.of(KeyAlgorithm.HMAC_SHA224, KeyAlgorithm.HMAC_SHA256,
            KeyAlgorithm.HMAC_SHA384, KeyAlgorithm.HMAC_SHA512);

    private MacComputation() {
    }

    public static Result compute(Call call, Input attributes, String member, KeyModesOfUse mode) {
        String kind = attributes.unionMember();
        if (kind.startsWith("Dukpt")) {
            return dukpt(call, kind, attributes.object(kind));
        }
        if ("EmvMac".equals(kind)) {
            return emv(call, attributes.object(kind), member + ".EmvMac");
        }
        String algorithm = attributes.string("Algorithm");
        byte[] message = Hex.decode(call.input().string("MessageData"));
        boolean generate = mode.equals(KeyModesOfUse.GENERATE);
        KeyRequirement requirement = switch (algorithm) {
            case "ISO9797_ALGORITHM1" -> (generate ? KeyRequirements.ISO9797_1_MAC_GENERATE
                    : KeyRequirements.ISO9797_1_MAC_VERIFY).requirement();
            case "ISO9797_ALGORITHM3" -> (generate ? KeyRequirements.ISO9797_3_MAC_GENERATE
                    : KeyRequirements.ISO9797_3_MAC_VERIFY).requirement();
            case "CMAC" -> (generate ? KeyRequirements.CMAC_GENERATE : KeyRequirements.CMAC_VERIFY).requirement();
            case "HMAC" -> (generate ? KeyRequirements.HMAC_GENERATE : KeyRequirements.HMAC_VERIFY).requirement();
            case "HMAC_SHA224", "HMAC_SHA256", "HMAC_SHA384", "HMAC_SHA512" -> (generate
                    ? KeyRequirements.HMAC_GENERATE : KeyRequirements.HMAC_VERIFY)
                    .withAlgorithm(KeyAlgorithm.valueOf(algorithm));
            default -> throw new ValidationException(member + ".Algorithm " + algorithm
                    + " is not available on this server");
        };
        UsableKeys.Opened opened = UsableKeys.openSymmetric(call, call.input().string("KeyIdentifier"), requirement);
        SecretBytes key = opened.key();
        KeyAlgorithm keyAlgorithm = opened.stored().attributes().keyAlgorithm();
        try {
            byte[] mac = switch (algorithm) {
                case "ISO9797_ALGORITHM1" -> Macs.iso9797Algorithm1(key, message, Iso9797Padding.METHOD_1);
                case "ISO9797_ALGORITHM3" -> Macs.iso9797Algorithm3(key, message, Iso9797Padding.METHOD_1);
                case "CMAC" -> keyAlgorithm.family() == KeyAlgorithm.Family.AES ? Macs.cmacAes(key, message)
                        : Macs.cmacTdes(key, message);
                default -> Macs.hmac(key, keyAlgorithm.hmacJceName(), message);
            };
            return new Result(opened.stored(), mac);
        } catch (CryptoException e) {
            throw new ValidationException(e.getMessage());
        } finally {
            key.wipe();
        }
    }

    /**
     * EmvMac: the issuer script MAC (ISO/IEC 9797-1 algorithm 3, padding method 2) under the card's secure-messaging
     * integrity session key, derived from an issuer integrity master key (E2).
     */
    private static Result emv(Call call, Input attributes, String field) {
        byte[] message = Hex.decode(call.input().string("MessageData"));
        Input value = attributes.object("SessionKeyDerivationValue");
        String chosen = value.unionMember();
        SecureMessagingKeys.Derivation derivation = new SecureMessagingKeys.Derivation(
                attributes.string("MajorKeyDerivationMode"), attributes.string("PrimaryAccountNumber"),
                attributes.string("PanSequenceNumber"), attributes.string("SessionKeyDerivationMode"),
                "ApplicationCryptogram".equals(chosen) ? Hex.decode(value.string(chosen)) : null,
                "ApplicationTransactionCounter".equals(chosen) ? Hex.decode(value.string(chosen)) : null);
        SecureMessagingKeys.SessionKey session = SecureMessagingKeys.derive(call, call.input().string("KeyIdentifier"),
                KeyRequirements.EMV_SECURE_MESSAGING_INTEGRITY.requirement(), derivation,
                field + ".SessionKeyDerivationValue");
        try {
            return new Result(session.issuerKey(), SecureMessaging.commandMac(session.key(), message));
        } finally {
            session.key().wipe();
        }
    }

    /** DukptIso9797Algorithm1, DukptIso9797Algorithm3 and DukptCmac: the MAC under the DUKPT MAC working key. */
    private static Result dukpt(Call call, String kind, Input attributes) {
        byte[] message = Hex.decode(call.input().string("MessageData"));
        DukptKeys.WorkingKey working = DukptKeys.derive(call, call.input().string("KeyIdentifier"), attributes,
                DukptKeys.Purpose.MAC);
        try {
            byte[] mac = switch (kind) {
                case "DukptIso9797Algorithm1" -> Macs.iso9797Algorithm1(requireTdes(working), message,
                        Iso9797Padding.METHOD_1);
                case "DukptIso9797Algorithm3" -> Macs.iso9797Algorithm3(requireTdes(working), message,
                        Iso9797Padding.METHOD_1);
                default -> working.aes() ? Macs.cmacAes(working.key(), message) : Macs.cmacTdes(working.key(), message);
            };
            return new Result(working.bdk(), mac);
        } catch (CryptoException e) {
            throw new ValidationException(e.getMessage());
        } finally {
            working.key().wipe();
        }
    }

    private static SecretBytes requireTdes(DukptKeys.WorkingKey working) {
        if (working.aes()) {
            throw new ValidationException("ISO 9797-1 MACs need a TDES working key; use DukptCmac for AES");
        }
        return working.key();
    }

    /** The MAC truncated to {@code MacLength} bytes, which may not exceed the full MAC. */
    public static byte[] truncate(byte[] mac, int lengthBytes) {
        if (lengthBytes > mac.length) {
            throw new ValidationException("MacLength " + lengthBytes + " exceeds the " + mac.length
                    + "-byte MAC of this algorithm");
        }
        return Arrays.copyOf(mac, lengthBytes);
    }

}
