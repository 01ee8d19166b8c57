package dev.paycrypto.service.data;

import dev.paycrypto.app.keys.KeyRequirements;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.dukpt.AesDukpt;
import dev.paycrypto.crypto.dukpt.TdesDukpt;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyUsage;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.KeyRequirement;
import dev.paycrypto.service.keys.UsableKeys;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Input;
import java.util.EnumSet;
import java.util.Set;

/**
 * DUKPT working keys from a base derivation key (TR31_B0, DeriveKey) and a key serial number: TDES BDKs take
 * 20-hex-digit KSNs (X9.24-1:2009 variants: REQUEST and BIDIRECTIONAL use the request variant, RESPONSE the
 * response variant; PIN keys the PIN variant), AES BDKs 24-hex-digit KSNs (X9.24-3-2017 usages: REQUEST generation, RESPONSE verification,
 * BIDIRECTIONAL both; the working key type is {@code DukptDerivationType}, by default the BDK's own).
 */
public final class DukptKeys {

    /** What the working key is for. */
    public enum Purpose {
        MAC, DATA_ENCRYPTION, PIN
    }

    /** A working key, its algorithm family, and the BDK it came from. */
    public record WorkingKey(StoredKey bdk, SecretBytes key, boolean aes) {
    }

    private static final Set<KeyAlgorithm> BDK_ALGORITHMS = EnumSet.of(KeyAlgorithm.TDES_2KEY, KeyAlgorithm.AES_128,
            KeyAlgorithm.AES_192, KeyAlgorithm.AES_256);

    private DukptKeys() {
    }

    public static WorkingKey derive(Call call, String bdkIdentifier, Input attributes, Purpose purpose) {
        KeyRequirement requirement = KeyRequirements.DUKPT_BASE_DERIVATION.requirement();
        UsableKeys.Opened bdk = UsableKeys.openSymmetric(call, bdkIdentifier, requirement);
        byte[] ksn = Hex.decode(attributes.string("KeySerialNumber"));
        String variant = attributes.optionalString("DukptKeyVariant").orElse("BIDIRECTIONAL");
        try {
            if (bdk.stored().attributes().keyAlgorithm() == KeyAlgorithm.TDES_2KEY) {
                if (ksn.length != 10) {
                    throw new ValidationException("KeySerialNumber of a TDES DUKPT key has 20 hexadecimal digits");
                }
                TdesDukpt.Variant mask = switch (purpose) {
                    case MAC -> "RESPONSE".equals(variant) ? TdesDukpt.Variant.MAC_RESPONSE : TdesDukpt.Variant.MAC_REQUEST;
                    case DATA_ENCRYPTION -> "RESPONSE".equals(variant) ? TdesDukpt.Variant.DATA_RESPONSE
                            : TdesDukpt.Variant.DATA_REQUEST;
                    case PIN -> TdesDukpt.Variant.PIN;
                };
                SecretBytes transaction = TdesDukpt.transactionKey(bdk.key(), ksn);
                try {
                    return new WorkingKey(bdk.stored(), TdesDukpt.workingKey(transaction, mask), false);
                } finally {
                    transaction.wipe();
                }
            }
            if (ksn.length != 12) {
                throw new ValidationException("KeySerialNumber of an AES DUKPT key has 24 hexadecimal digits");
            }
            // the MAC attributes call it DukptDerivationType, the encryption attributes DukptKeyDerivationType
            AesDukpt.KeyType type = AesDukpt.KeyType.valueOf(attributes.optionalString("DukptDerivationType")
                    .or(() -> attributes.optionalString("DukptKeyDerivationType"))
                    .orElse(bdk.stored().attributes().keyAlgorithm().name()));
            AesDukpt.KeyUsage usage = switch (purpose) {
                case MAC -> switch (variant) {
                    case "REQUEST" -> AesDukpt.KeyUsage.MAC_GENERATION;
                    case "RESPONSE" -> AesDukpt.KeyUsage.MAC_VERIFICATION;
                    default -> AesDukpt.KeyUsage.MAC_BOTH_WAYS;
                };
                case DATA_ENCRYPTION -> switch (variant) {
                    case "REQUEST" -> AesDukpt.KeyUsage.DATA_ENCRYPTION_ENCRYPT;
                    case "RESPONSE" -> AesDukpt.KeyUsage.DATA_ENCRYPTION_DECRYPT;
                    default -> AesDukpt.KeyUsage.DATA_ENCRYPTION_BOTH_WAYS;
                };
                case PIN -> AesDukpt.KeyUsage.PIN_ENCRYPTION;
            };
            boolean aesWorkingKey = type.name().startsWith("AES");
            return new WorkingKey(bdk.stored(), AesDukpt.workingKey(bdk.key(), ksn, usage, type), aesWorkingKey);
        } catch (CryptoException e) {
            throw new ValidationException("KeySerialNumber: " + e.getMessage());
        } finally {
            bdk.key().wipe();
        }
    }
}
