package dev.paycrypto.service.data;

import dev.paycrypto.app.keys.KeyRequirements;
import dev.paycrypto.crypto.CipherModes;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.pin.PinBlockFormat;
import dev.paycrypto.crypto.pin.PinBlockCipher;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.KeyRequirement;
import dev.paycrypto.service.keys.UsableKeys;
import dev.paycrypto.service.keys.WrappedKeys;
import dev.paycrypto.service.runtime.Call;
import dev.paycrypto.service.runtime.Input;
import java.security.SecureRandom;
import java.util.Optional;

/** Builds and encrypts a PIN block under a PIN encryption key: formats 0, 1, 3 under TDES, format 4 under AES. */
public final class PinBlockEncryption {

    /** A PEK that can encrypt PIN blocks of the AES format (4), and of the TDES formats (0, 1, 3). */
    private static final KeyRequirement AES_PEK = KeyRequirements.PIN_ENCRYPTION_AES.requirement();
    private static final KeyRequirement TDES_PEK = KeyRequirements.PIN_ENCRYPTION_TDES.requirement();

    /** The encrypted block (hex) with the key that protects it. */
    public record Sealed(StoredKey key, String block) {
    }

    private PinBlockEncryption() {
    }

    public static Sealed seal(Call call, String keyIdentifier, PinBlockFormat format, SecretBytes pin, String pan) {
        return seal(call, keyIdentifier, Optional.empty(), null, format, pin, pan);
    }

    /** As {@link #seal}, the PEK being wrapped in the request (a dynamic key) when {@code wrappedKey} is present. */
    public static Sealed seal(Call call, String keyIdentifier, Optional<Input> wrappedKey, String wrappedKeyMember,
                              PinBlockFormat format, SecretBytes pin, String pan) {
        boolean aes = format == PinBlockFormat.ISO_FORMAT_4;
        KeyRequirement requirement = aes ? AES_PEK : TDES_PEK;
        UsableKeys.Opened pek = WrappedKeys.open(call, keyIdentifier, wrappedKey, wrappedKeyMember, requirement);
        try (SecretBytes key = pek.key()) {
            return new Sealed(pek.stored(), encrypt(key, aes, format, pin, pan, call.services().random()));
        }
    }

    /** The block (hex) under a key the caller already holds, such as a DUKPT PIN working key. */
    public static String encrypt(SecretBytes key, boolean aesKey, PinBlockFormat format, SecretBytes pin, String pan,
                                 SecureRandom random) {
        requireFormatFits(aesKey, format);
        try {
            return Hex.encode(PinBlockCipher.encipher(key,
                    aesKey ? CipherModes.Algorithm.AES : CipherModes.Algorithm.TDES, format, pin, pan, random));
        } catch (CryptoException e) {
            throw new ValidationException("The PIN cannot be encoded as " + format + ": " + e.getMessage());
        }
    }

    /** AES PIN keys carry ISO format 4 blocks, TDES keys formats 0, 1 and 3 (ISO 9564-1). */
    static void requireFormatFits(boolean aesKey, PinBlockFormat format) {
        if (aesKey != (format == PinBlockFormat.ISO_FORMAT_4)) {
            throw new ValidationException(aesKey ? "An AES PIN key carries ISO_FORMAT_4 PIN blocks"
                    : "A TDES PIN key carries ISO_FORMAT_0, ISO_FORMAT_1 or ISO_FORMAT_3 PIN blocks");
        }
    }
}
