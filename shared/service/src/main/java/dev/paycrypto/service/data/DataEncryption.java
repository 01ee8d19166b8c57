package dev.paycrypto.service.data;

import dev.paycrypto.app.keys.KeyRequirements;
import dev.paycrypto.crypto.CipherModes;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.asymmetric.RsaEncryption;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.KeyRequirement;
import dev.paycrypto.service.keys.UsableKeys;
import dev.paycrypto.service.keys.WrappedKeys;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Input;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What EncryptData and DecryptData share: symmetric encryption under a TR31_D0 key (TDES or AES; ECB, CBC, CFB
 * (full block), CFB1, CFB8, CFB64, CFB128, OFB; the caller pads), asymmetric encryption under a TR31_D1 RSA key
 * (PKCS #1 v1.5, OAEP, or none), DUKPT data encryption under a TR31_B0 base derivation key, and EMV encryption
 * under a card's session key. Data is hex in and hex out.
 */
public final class DataEncryption {

    /** The output with the key that produced it. */
    public record Result(StoredKey key, String data) {
    }

    private static final Set<KeyAlgorithm> SYMMETRIC = EnumSet.of(KeyAlgorithm.TDES_2KEY, KeyAlgorithm.TDES_3KEY,
            KeyAlgorithm.AES_128, KeyAlgorithm.AES_192, KeyAlgorithm.AES_256);
    private static final Set<KeyAlgorithm> RSA = EnumSet.of(KeyAlgorithm.RSA_2048, KeyAlgorithm.RSA_3072,
            KeyAlgorithm.RSA_4096);

    private DataEncryption() {
    }

    public static Result run(Call call, String attributesMember, String dataMember, boolean encrypt) {
        byte[] data = Hex.decode(call.input().string(dataMember));
        try {
            Raw out = transform(call, call.input().string("KeyIdentifier"), call.input().object(attributesMember),
                    attributesMember, call.input().optionalObject("WrappedKey"), "WrappedKey", data, dataMember,
                    encrypt);
            return new Result(out.key(), Hex.encode(out.data()));
        } finally {
            java.util.Arrays.fill(data, (byte) 0);
        }
    }

    /** The bytes of an encryption or decryption, with the key used; callers wipe {@code data()} when done. */
    public record Raw(StoredKey key, byte[] data) {
    }

    /**
     * Encrypts or decrypts {@code data} under the key and attributes given; with a wrapped key (a dynamic key, for
     * Symmetric only) {@code keyIdentifier} names the key that protects it.
     */
    public static Raw transform(Call call, String keyIdentifier, Input attributes, String attributesMember,
                                Optional<Input> wrappedKey, String wrappedKeyMember, byte[] data, String dataMember,
                                boolean encrypt) {
        String kind = attributes.unionMember();
        KeyModesOfUse required = encrypt ? KeyModesOfUse.ENCRYPT : KeyModesOfUse.DECRYPT;
        if (wrappedKey.isPresent() && !"Symmetric".equals(kind)) {
            throw new ValidationException(wrappedKeyMember + " holds a symmetric data key; use "
                    + attributesMember + ".Symmetric with it");
        }
        try {
            return switch (kind) {
                case "Symmetric" -> symmetric(call, keyIdentifier, wrappedKey, wrappedKeyMember,
                        attributes.object("Symmetric"), data, encrypt, required);
                case "Asymmetric" -> asymmetric(call, keyIdentifier, attributes.object("Asymmetric"), data, encrypt,
                        required);
                case "Dukpt" -> dukpt(call, keyIdentifier, attributes.object("Dukpt"), data, encrypt);
                case "Emv" -> emv(call, keyIdentifier, attributes.object("Emv"), attributesMember + ".Emv", data,
                        encrypt);
                default -> throw new ValidationException(attributesMember + "." + kind
                        + " is not available on this server");
            };
        } catch (CryptoException e) {
            throw new ValidationException(dataMember + ": " + e.getMessage());
        }
    }

    private static Raw symmetric(Call call, String keyIdentifier, Optional<Input> wrappedKey, String wrappedKeyMember,
                                 Input attributes, byte[] data, boolean encrypt, KeyModesOfUse required) {
        KeyRequirement requirement = (required.equals(KeyModesOfUse.ENCRYPT) ? KeyRequirements.DATA_ENCRYPT
                : KeyRequirements.DATA_DECRYPT).requirement();
        UsableKeys.Opened opened = WrappedKeys.open(call, keyIdentifier, wrappedKey, wrappedKeyMember, requirement);
        SecretBytes key = opened.key();
        CipherModes.Algorithm algorithm = opened.stored().attributes().keyAlgorithm().family() == KeyAlgorithm.Family.AES
                ? CipherModes.Algorithm.AES : CipherModes.Algorithm.TDES;
        CipherModes.Mode mode = mode(attributes.string("Mode"), algorithm);
        byte[] iv = attributes.optionalString("InitializationVector").map(Hex::decode).orElse(null);
        if (mode != CipherModes.Mode.ECB && iv == null) {
            throw new ValidationException("InitializationVector is required for mode " + attributes.string("Mode"));
        }
        try {
            byte[] out = encrypt ? CipherModes.encrypt(algorithm, mode, key, iv, data)
                    : CipherModes.decrypt(algorithm, mode, key, iv, data);
            return new Raw(opened.stored(), out);
        } finally {
            key.wipe();
        }
    }

    /**
     * EMV data encryption, as to and from a card: TDES under the card's session key, the EMV common session key
     * with R = SessionDerivationData, of the ICC master key derived (option A or B) from an E1 or E6 issuer master
     * key; CBC (the default, zero IV unless given) or ECB.
     */
    private static Raw emv(Call call, String keyIdentifier, Input attributes, String field, byte[] data,
                           boolean encrypt) {
        KeyRequirement requirement = KeyRequirements.EMV_DATA_ENCRYPTION.requirement();
        SecureMessagingKeys.SessionKey session = SecureMessagingKeys.derive(call, keyIdentifier, requirement,
                new SecureMessagingKeys.Derivation(attributes.string("MajorKeyDerivationMode"),
                        attributes.string("PrimaryAccountNumber"), attributes.string("PanSequenceNumber"),
                        "EMV_COMMON_SESSION_KEY", Hex.decode(attributes.string("SessionDerivationData")), null), field);
        try {
            CipherModes.Mode mode = ecbOrCbc(attributes);
            byte[] iv = mode == CipherModes.Mode.ECB ? null : attributes.optionalString("InitializationVector")
                    .map(Hex::decode).orElse(new byte[8]);
            byte[] out = encrypt ? CipherModes.encrypt(CipherModes.Algorithm.TDES, mode, session.key(), iv, data)
                    : CipherModes.decrypt(CipherModes.Algorithm.TDES, mode, session.key(), iv, data);
            return new Raw(session.issuerKey(), out);
        } finally {
            session.key().wipe();
        }
    }

    /** DUKPT data encryption: the data working key of the KSN, ECB or CBC (default; zero IV unless given). */
    private static Raw dukpt(Call call, String bdkIdentifier, Input attributes, byte[] data, boolean encrypt) {
        DukptKeys.WorkingKey working = DukptKeys.derive(call, bdkIdentifier, attributes,
                DukptKeys.Purpose.DATA_ENCRYPTION);
        try {
            CipherModes.Algorithm algorithm = working.aes() ? CipherModes.Algorithm.AES : CipherModes.Algorithm.TDES;
            CipherModes.Mode mode = ecbOrCbc(attributes);
            byte[] iv = mode == CipherModes.Mode.ECB ? null : attributes.optionalString("InitializationVector")
                    .map(Hex::decode).orElse(new byte[algorithm.blockSize()]);
            byte[] out = encrypt ? CipherModes.encrypt(algorithm, mode, working.key(), iv, data)
                    : CipherModes.decrypt(algorithm, mode, working.key(), iv, data);
            return new Raw(working.bdk(), out);
        } finally {
            working.key().wipe();
        }
    }

    /** The mode of DUKPT and EMV encryption: ECB or, by default, CBC. */
    private static CipherModes.Mode ecbOrCbc(Input attributes) {
        return "ECB".equals(attributes.optionalString("Mode").orElse("CBC")) ? CipherModes.Mode.ECB
                : CipherModes.Mode.CBC;
    }

    private static CipherModes.Mode mode(String name, CipherModes.Algorithm algorithm) {
        return switch (name) {
            case "ECB" -> CipherModes.Mode.ECB;
            case "CBC" -> CipherModes.Mode.CBC;
            case "CFB" -> algorithm == CipherModes.Algorithm.AES ? CipherModes.Mode.CFB128 : CipherModes.Mode.CFB64;
            case "CFB1" -> CipherModes.Mode.CFB1;
            case "CFB8" -> CipherModes.Mode.CFB8;
            case "CFB64" -> CipherModes.Mode.CFB64;
            case "CFB128" -> CipherModes.Mode.CFB128;
            case "OFB" -> CipherModes.Mode.OFB;
            default -> throw new ValidationException("Mode " + name + " is not available on this server");
        };
    }

    private static Raw asymmetric(Call call, String keyIdentifier, Input attributes, byte[] data, boolean encrypt,
                                  KeyModesOfUse required) {
        KeyRequirement requirement = (required.equals(KeyModesOfUse.ENCRYPT) ? KeyRequirements.ASYMMETRIC_DATA_ENCRYPT
                : KeyRequirements.ASYMMETRIC_DATA_DECRYPT).requirement();
        StoredKey stored = requirement.check(call.keys().resolveUsable(keyIdentifier, call.now()));
        KeyMaterial material = call.services().sealer().open(stored);
        RsaEncryption.Padding padding = attributes.optionalString("PaddingType").map(RsaEncryption.Padding::valueOf)
                .orElse(RsaEncryption.Padding.NONE);
        if (encrypt) {
            return new Raw(stored, RsaEncryption.encrypt(material.publicKey(), data, padding));
        }
        if (!(material instanceof KeyMaterial.KeyPair pair)) {
            throw new ValidationException("Key " + stored.keyArn() + " holds no private key to decrypt with");
        }
        return new Raw(stored, RsaEncryption.decrypt(pair.privateKey(), data, padding));
    }
}
