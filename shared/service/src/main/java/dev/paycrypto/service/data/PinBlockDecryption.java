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
import java.util.Optional;

/**
 * Opens an encrypted PIN block under a PIN encryption key (TR31_P0): TDES keys carry ISO formats 0, 1 and 3, AES
 * keys format 4 (User Guide: "Format 4 is required for AES keys"). The clear PIN stays a secret value; a block
 * that does not decode answers the User Guide's "Pin block provided is invalid".
 */
public final class PinBlockDecryption {

    /** A PEK that can decrypt PIN blocks of the AES format (4), and of the TDES formats (0, 1, 3). */
    private static final KeyRequirement AES_PEK = KeyRequirements.PIN_DECRYPTION_AES.requirement();
    private static final KeyRequirement TDES_PEK = KeyRequirements.PIN_DECRYPTION_TDES.requirement();

    /** The PIN with the key that protected it; closing wipes the PIN. */
    public record Opened(StoredKey key, SecretBytes pin) implements AutoCloseable {
        @Override
        public void close() {
            pin.close();
        }
    }

    private PinBlockDecryption() {
    }

    public static Opened open(Call call, String keyIdentifier, PinBlockFormat format, String encryptedBlock,
                              String pan) {
        return open(call, keyIdentifier, Optional.empty(), null, format, encryptedBlock, pan);
    }

    /** As {@link #open}, the PEK being wrapped in the request (a dynamic key) when {@code wrappedKey} is present. */
    public static Opened open(Call call, String keyIdentifier, Optional<Input> wrappedKey, String wrappedKeyMember,
                              PinBlockFormat format, String encryptedBlock, String pan) {
        boolean aes = format == PinBlockFormat.ISO_FORMAT_4;
        KeyRequirement requirement = aes ? AES_PEK : TDES_PEK;
        UsableKeys.Opened pek = WrappedKeys.open(call, keyIdentifier, wrappedKey, wrappedKeyMember, requirement);
        try (SecretBytes key = pek.key()) {
            return new Opened(pek.stored(), decode(key, aes, format, Hex.decode(encryptedBlock), pan));
        }
    }

    /**
     * The PIN of a block under a key the caller already holds, such as a DUKPT PIN working key: an AES key for
     * format 4, a TDES key for the others.
     */
    public static SecretBytes decode(SecretBytes key, boolean aesKey, PinBlockFormat format, byte[] block, String pan) {
        PinBlockEncryption.requireFormatFits(aesKey, format);
        if (format.usesPan() && pan == null) {
            throw new ValidationException("PrimaryAccountNumber is required for " + format);
        }
        if (block.length != format.length()) {
            throw new ValidationException("EncryptedPinBlock must have " + format.length() * 2
                    + " hexadecimal characters for " + format);
        }
        try {
            return PinBlockCipher.decipher(key, aesKey ? CipherModes.Algorithm.AES : CipherModes.Algorithm.TDES,
                    format, block, pan);
        } catch (CryptoException e) {
            throw new ValidationException("Pin block provided is invalid. Please check your input and try again.");
        }
    }
}
