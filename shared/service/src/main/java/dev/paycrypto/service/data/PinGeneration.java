package dev.paycrypto.service.data;

import dev.paycrypto.app.keys.KeyRequirements;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.pin.PinBlockFormat;
import dev.paycrypto.crypto.pin.PinVerificationValues;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.KeyRequirement;
import dev.paycrypto.service.keys.UsableKeys;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Input;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

/**
 * GeneratePinData's members: a random PIN with its Visa PVV, the PVV of a given PIN block, and the IBM 3624
 * natural PIN, random PIN with offset, PIN from an offset, and offset of a given PIN block. The PIN is generated
 * from the injected random source and leaves the service only encrypted.
 */
public final class PinGeneration {

    /** The outcome: the encrypted PIN block and either an offset or a verification value. */
    public record Generated(StoredKey generationKey, StoredKey encryptionKey, String encryptedPinBlock,
                            String pinDataMember, String pinDataValue) {
    }

    private static final Set<KeyAlgorithm> TDES = EnumSet.of(KeyAlgorithm.TDES_2KEY, KeyAlgorithm.TDES_3KEY);

    private PinGeneration() {
    }

    public static Generated generate(Call call, Input attributes, PinBlockFormat format, String pan, int pinLength) {
        String kind = attributes.unionMember();
        Input parameters = attributes.object(kind);
        boolean visa = kind.startsWith("Visa");
        KeyRequirement requirement = (visa ? KeyRequirements.VISA_PIN_GENERATE : KeyRequirements.IBM3624_PIN_GENERATE)
                .requirement();
        UsableKeys.Opened pvk = UsableKeys.openSymmetric(call, call.input().string("GenerationKeyIdentifier"),
                requirement);
        String pekId = call.input().string("EncryptionKeyIdentifier");
        SecretBytes pin = null;
        try {
            String givenBlock = parameters.optionalString("EncryptedPinBlock").orElse(null);
            PinBlockDecryption.Opened opened = givenBlock == null ? null
                    : PinBlockDecryption.open(call, pekId, format, givenBlock, pan);
            pin = switch (kind) {
                case "VisaPin", "Ibm3624RandomPin" -> randomPin(call, pinLength);
                case "Ibm3624NaturalPin" -> SecretBytes.of(natural(pvk.key(), parameters, pinLength)
                        .getBytes(StandardCharsets.US_ASCII));
                case "Ibm3624PinFromOffset" -> PinVerificationValues.ibm3624PinFromOffset(
                        natural(pvk.key(), parameters, parameters.string("PinOffset").length()),
                        parameters.string("PinOffset"));
                default -> opened.pin();
            };
            String member;
            String value;
            if (visa) {
                if (pan == null) {
                    throw new ValidationException("PrimaryAccountNumber is required for " + kind);
                }
                member = "VerificationValue";
                value = PinVerificationValues.visaPvv(pvk.key(), pan,
                        parameters.optionalInt("PinVerificationKeyIndex").orElseThrow(), pin);
            } else {
                member = "PinOffset";
                value = PinVerificationValues.ibm3624Offset(natural(pvk.key(), parameters, pin.length()), pin);
            }
            if (opened != null) {
                return new Generated(pvk.stored(), opened.key(), givenBlock.toUpperCase(), member, value);
            }
            PinBlockEncryption.Sealed sealed = PinBlockEncryption.seal(call, pekId, format, pin, pan);
            return new Generated(pvk.stored(), sealed.key(), sealed.block(), member, value);
        } catch (CryptoException e) {
            throw new ValidationException("GenerationAttributes." + kind + ": " + e.getMessage());
        } finally {
            pvk.key().wipe();
            if (pin != null) {
                pin.wipe();
            }
        }
    }

    private static String natural(SecretBytes pvk, Input parameters, int pinLength) {
        String validationData = parameters.string("PinValidationData");
        String padded = PinVerificationValues.ibm3624ValidationData(validationData, 0, validationData.length(),
                parameters.string("PinValidationDataPadCharacter").charAt(0));
        return PinVerificationValues.ibm3624NaturalPin(pvk, padded, parameters.string("DecimalizationTable"),
                pinLength);
    }

    private static SecretBytes randomPin(Call call, int length) {
        byte[] digits = new byte[length];
        for (int i = 0; i < length; i++) {
            digits[i] = (byte) ('0' + call.services().random().nextInt(10));
        }
        try {
            return SecretBytes.of(digits);
        } finally {
            java.util.Arrays.fill(digits, (byte) 0);
        }
    }
}
