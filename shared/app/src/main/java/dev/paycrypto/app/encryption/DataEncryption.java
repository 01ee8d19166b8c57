package dev.paycrypto.app.encryption;

import dev.paycrypto.api.Union;
import dev.paycrypto.api.data.AsymmetricEncryptionAttributes;
import dev.paycrypto.api.data.DecryptDataInput;
import dev.paycrypto.api.data.DecryptDataOutput;
import dev.paycrypto.api.data.DukptEncryptionAttributes;
import dev.paycrypto.api.data.DukptEncryptionMode;
import dev.paycrypto.api.data.EmvEncryptionAttributes;
import dev.paycrypto.api.data.EmvEncryptionMode;
import dev.paycrypto.api.data.EmvMajorKeyDerivationMode;
import dev.paycrypto.api.data.EncryptDataInput;
import dev.paycrypto.api.data.EncryptDataOutput;
import dev.paycrypto.api.data.EncryptionMode;
import dev.paycrypto.api.data.ReEncryptDataInput;
import dev.paycrypto.api.data.ReEncryptDataOutput;
import dev.paycrypto.api.data.SessionKeyDerivationMode;
import dev.paycrypto.api.data.SymmetricEncryptionAttributes;
import dev.paycrypto.api.data.WrappedKey;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.emv.SecureMessagingKeys;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.DukptKeys;
import dev.paycrypto.app.keys.KeyRequirements;
import dev.paycrypto.app.keys.UsableKey;
import dev.paycrypto.app.keys.WorkingKeys;
import dev.paycrypto.crypto.CipherModes;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.asymmetric.RsaEncryption;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyMaterial;
import dev.paycrypto.keys.StoredKey;
import java.util.Arrays;

/**
 * EncryptData, DecryptData and ReEncryptData: symmetric encryption under a TR31_D0 key, stored or wrapped in the
 * request (TDES or AES; ECB, CBC, CFB (full block), CFB1, CFB8, CFB64, CFB128, OFB; the caller pads), asymmetric
 * encryption under a TR31_D1 RSA key (PKCS #1 v1.5, OAEP, or none), DUKPT data encryption under a TR31_B0 base
 * derivation key, and EMV encryption under a card's session key. Data is hex in and hex out; re-encryption keeps
 * the clear data inside.
 */
public final class DataEncryption {

    private final WorkingKeys keys;
    private final SecureMessagingKeys secureMessaging;

    public DataEncryption(WorkingKeys keys, SecureMessagingKeys secureMessaging) {
        this.keys = keys;
        this.secureMessaging = secureMessaging;
    }

    public EncryptDataOutput encrypt(EncryptDataInput request, CallContext context) {
        Transformed out = once(context, request.keyIdentifier(), request.encryptionAttributes(),
                "EncryptionAttributes", request.wrappedKey(), request.plainText(), "PlainText", true);
        return new EncryptDataOutput(out.key().keyArn(), out.key().keyCheckValue(), out.data());
    }

    public DecryptDataOutput decrypt(DecryptDataInput request, CallContext context) {
        Transformed out = once(context, request.keyIdentifier(), request.decryptionAttributes(),
                "DecryptionAttributes", request.wrappedKey(), request.cipherText(), "CipherText", false);
        return new DecryptDataOutput(out.key().keyArn(), out.key().keyCheckValue(), out.data());
    }

    public ReEncryptDataOutput reEncrypt(ReEncryptDataInput request, CallContext context) {
        byte[] cipherText = Hex.decode(request.cipherText());
        Raw clear = transform(context, request.incomingKeyIdentifier(), request.incomingEncryptionAttributes(),
                "IncomingEncryptionAttributes", request.incomingWrappedKey(), "IncomingWrappedKey", cipherText,
                "CipherText", false);
        try {
            Raw out = transform(context, request.outgoingKeyIdentifier(), request.outgoingEncryptionAttributes(),
                    "OutgoingEncryptionAttributes", request.outgoingWrappedKey(), "OutgoingWrappedKey",
                    clear.data(), "CipherText", true);
            return new ReEncryptDataOutput(out.key().keyArn(), out.key().keyCheckValue(), Hex.encode(out.data()));
        } finally {
            Arrays.fill(clear.data(), (byte) 0);
        }
    }

    /** The output (hex) with the key that produced it. */
    private record Transformed(StoredKey key, String data) {
    }

    /** The bytes of an encryption or decryption, with the key used; callers wipe {@code data()} when done. */
    private record Raw(StoredKey key, byte[] data) {
    }

    private Transformed once(CallContext context, String keyIdentifier, Union attributes, String attributesMember,
                             WrappedKey wrapped, String hexData, String dataMember, boolean encrypt) {
        byte[] data = Hex.decode(hexData);
        try {
            Raw out = transform(context, keyIdentifier, attributes, attributesMember, wrapped, "WrappedKey", data,
                    dataMember, encrypt);
            return new Transformed(out.key(), Hex.encode(out.data()));
        } finally {
            Arrays.fill(data, (byte) 0);
        }
    }

    /**
     * Encrypts or decrypts {@code data} under the key and attributes given; with a wrapped key (a dynamic key, for
     * Symmetric only) {@code keyIdentifier} names the key that protects it. The crypto layer's refusals name
     * {@code dataMember}.
     */
    private Raw transform(CallContext context, String keyIdentifier, Union attributes, String attributesMember,
                          WrappedKey wrapped, String wrappedMember, byte[] data, String dataMember, boolean encrypt) {
        if (wrapped != null && !(attributes instanceof SymmetricEncryptionAttributes)) {
            throw new ValidationException(wrappedMember + " holds a symmetric data key; use "
                    + attributesMember + ".Symmetric with it");
        }
        try {
            if (attributes instanceof SymmetricEncryptionAttributes symmetric) {
                return symmetric(context, WorkingKeys.Source.storedOrWrapped(keyIdentifier, wrapped, wrappedMember),
                        symmetric, data, encrypt);
            }
            if (attributes instanceof AsymmetricEncryptionAttributes asymmetric) {
                return asymmetric(context, keyIdentifier, asymmetric, data, encrypt);
            }
            if (attributes instanceof DukptEncryptionAttributes dukpt) {
                return dukpt(context, keyIdentifier, dukpt, data, encrypt);
            }
            if (attributes instanceof EmvEncryptionAttributes emv) {
                return emv(context, keyIdentifier, emv, attributesMember + "." + attributes.memberName(), data,
                        encrypt);
            }
            throw new ValidationException(attributesMember + "." + attributes.memberName()
                    + " is not available on this server");
        } catch (CryptoException e) {
            throw new ValidationException(dataMember + ": " + e.getMessage());
        }
    }

    private Raw symmetric(CallContext context, WorkingKeys.Source source, SymmetricEncryptionAttributes attributes,
                          byte[] data, boolean encrypt) {
        try (UsableKey key = keys.open(context, source, (encrypt ? KeyRequirements.DATA_ENCRYPT
                : KeyRequirements.DATA_DECRYPT).requirement(), null)) {
            CipherModes.Algorithm algorithm = algorithmOf(key);
            CipherModes.Mode mode = mode(attributes.mode(), algorithm);
            if (mode != CipherModes.Mode.ECB && attributes.initializationVector() == null) {
                throw new ValidationException("InitializationVector is required for mode " + attributes.mode());
            }
            byte[] iv = attributes.initializationVector() == null ? null
                    : Hex.decode(attributes.initializationVector());
            return new Raw(key.stored(), cipher(key, algorithm, mode, iv, data, encrypt));
        }
    }

    /**
     * EMV data encryption, as to and from a card: TDES under the card's session key, the EMV common session key
     * with R = SessionDerivationData, of the ICC master key derived (option A or B) from an E1 or E6 issuer master
     * key; CBC (the default, zero IV unless given) or ECB.
     */
    private Raw emv(CallContext context, String keyIdentifier, EmvEncryptionAttributes attributes, String field,
                    byte[] data, boolean encrypt) {
        SecureMessagingKeys.Derivation derivation = new SecureMessagingKeys.Derivation(
                attributes.majorKeyDerivationMode() == EmvMajorKeyDerivationMode.EMV_OPTION_B,
                attributes.primaryAccountNumber(), attributes.panSequenceNumber(),
                SessionKeyDerivationMode.EMV_COMMON_SESSION_KEY, Hex.decode(attributes.sessionDerivationData()), null);
        try (UsableKey session = secureMessaging.sessionKey(context, keyIdentifier,
                KeyRequirements.EMV_DATA_ENCRYPTION, derivation, field)) {
            boolean ecb = attributes.mode() == EmvEncryptionMode.ECB;
            return new Raw(session.stored(), cipher(session, CipherModes.Algorithm.TDES, ecb,
                    attributes.initializationVector(), data, encrypt));
        }
    }

    /** DUKPT data encryption: the data working key of the KSN, ECB or CBC (default; zero IV unless given). */
    private Raw dukpt(CallContext context, String bdkIdentifier, DukptEncryptionAttributes attributes, byte[] data,
                      boolean encrypt) {
        try (UsableKey working = keys.dukpt(context, bdkIdentifier, DukptKeys.Derivation.of(attributes),
                DukptKeys.Purpose.DATA_ENCRYPTION)) {
            boolean ecb = attributes.mode() == DukptEncryptionMode.ECB;
            return new Raw(working.stored(), cipher(working, algorithmOf(working), ecb,
                    attributes.initializationVector(), data, encrypt));
        }
    }

    /** ECB, or CBC with the IV given or a zero one: the modes of DUKPT and EMV encryption. */
    private static byte[] cipher(UsableKey key, CipherModes.Algorithm algorithm, boolean ecb, String iv, byte[] data,
                                 boolean encrypt) {
        byte[] ivBytes = ecb ? null : iv == null ? new byte[algorithm.blockSize()] : Hex.decode(iv);
        return cipher(key, algorithm, ecb ? CipherModes.Mode.ECB : CipherModes.Mode.CBC, ivBytes, data, encrypt);
    }

    private static byte[] cipher(UsableKey key, CipherModes.Algorithm algorithm, CipherModes.Mode mode, byte[] iv,
                                 byte[] data, boolean encrypt) {
        return encrypt ? CipherModes.encrypt(algorithm, mode, key.key(), iv, data)
                : CipherModes.decrypt(algorithm, mode, key.key(), iv, data);
    }

    private static CipherModes.Algorithm algorithmOf(UsableKey key) {
        return key.stored().attributes().keyAlgorithm().family() == KeyAlgorithm.Family.AES
                ? CipherModes.Algorithm.AES : CipherModes.Algorithm.TDES;
    }

    private static CipherModes.Mode mode(EncryptionMode mode, CipherModes.Algorithm algorithm) {
        return switch (mode) {
            case ECB -> CipherModes.Mode.ECB;
            case CBC -> CipherModes.Mode.CBC;
            case CFB -> algorithm == CipherModes.Algorithm.AES ? CipherModes.Mode.CFB128 : CipherModes.Mode.CFB64;
            case CFB1 -> CipherModes.Mode.CFB1;
            case CFB8 -> CipherModes.Mode.CFB8;
            case CFB64 -> CipherModes.Mode.CFB64;
            case CFB128 -> CipherModes.Mode.CFB128;
            case OFB -> CipherModes.Mode.OFB;
        };
    }

    private Raw asymmetric(CallContext context, String keyIdentifier, AsymmetricEncryptionAttributes attributes,
                           byte[] data, boolean encrypt) {
        StoredKey stored = keys.keySources().usable(context, keyIdentifier, (encrypt
                ? KeyRequirements.ASYMMETRIC_DATA_ENCRYPT : KeyRequirements.ASYMMETRIC_DATA_DECRYPT).requirement());
        KeyMaterial material = keys.keySources().open(stored);
        RsaEncryption.Padding padding = attributes.paddingType() == null ? RsaEncryption.Padding.NONE
                : RsaEncryption.Padding.valueOf(attributes.paddingType().name());
        if (encrypt) {
            return new Raw(stored, RsaEncryption.encrypt(material.publicKey(), data, padding));
        }
        if (!(material instanceof KeyMaterial.KeyPair pair)) {
            throw new ValidationException("Key " + stored.keyArn() + " holds no private key to decrypt with");
        }
        return new Raw(stored, RsaEncryption.decrypt(pair.privateKey(), data, padding));
    }
}
