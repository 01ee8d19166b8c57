package dev.paycrypto.app.pin;

import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.keys.DukptKeys;
import dev.paycrypto.app.keys.KeyRequirements;
import dev.paycrypto.app.keys.UsableKey;
import dev.paycrypto.app.keys.WorkingKeys;
import dev.paycrypto.crypto.CipherModes;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.as2805.As2805;
import dev.paycrypto.crypto.pin.PinBlockCipher;
import dev.paycrypto.crypto.pin.PinBlockFormat;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.StoredKey;
import java.security.SecureRandom;

/**
 * Encrypted PIN blocks opened and sealed under a PIN encryption key from any of its sources ({@link WorkingKeys}:
 * a stored TR31_P0 key, a PEK wrapped in the request, or a DUKPT PIN working key): TDES keys carry ISO formats 0,
 * 1 and 3, AES keys format 4 (User Guide: "Format 4 is required for AES keys"). The clear PIN stays a secret value;
 * a block that does not decode answers the User Guide's "Pin block provided is invalid".
 */
public final class EncryptedPinBlocks {

    /** The PIN of a block with the key that protected it; closing wipes the PIN. */
    public record OpenedPin(StoredKey key, SecretBytes pin) implements AutoCloseable {
        @Override
        public void close() {
            pin.wipe();
        }
    }

    /** An encrypted block (hex) with the key that protects it. */
    public record Sealed(StoredKey key, String block) {
    }

    private final WorkingKeys keys;
    private final SecureRandom random;

    public EncryptedPinBlocks(WorkingKeys keys, SecureRandom random) {
        this.keys = keys;
        this.random = random;
    }

    /** The PIN of {@code encryptedBlock} (hex), of {@code format}, under the key of {@code source}. */
    public OpenedPin open(CallContext context, WorkingKeys.Source source, PinBlockFormat format,
                          String encryptedBlock, String pan) {
        boolean aes = format == PinBlockFormat.ISO_FORMAT_4;
        try (UsableKey pek = keys.open(context, source, aes ? KeyRequirements.PIN_DECRYPTION_AES
                : KeyRequirements.PIN_DECRYPTION_TDES, DukptKeys.Purpose.PIN)) {
            return new OpenedPin(pek.stored(), decode(pek, format, Hex.decode(encryptedBlock), pan));
        }
    }

    /**
     * The PIN of {@code encryptedBlock} under an AS2805 transaction key: the KPE derived from the PIN protection key
     * of {@code source} (a TDES TR31_P0 key), the STAN and the amount ({@link As2805#pinEncryptionKey}).
     */
    public OpenedPin openAs2805(CallContext context, WorkingKeys.Source source, PinBlockFormat format,
                                String encryptedBlock, String pan, String stan, String amount) {
        try (UsableKey kpp = keys.open(context, source, KeyRequirements.AS2805_PIN_PROTECTION, DukptKeys.Purpose.PIN);
             UsableKey kpe = new UsableKey(kpp.stored(), derivedKpe(kpp.key(), stan, amount))) {
            return new OpenedPin(kpp.stored(), decode(kpe, format, Hex.decode(encryptedBlock), pan));
        }
    }

    private static SecretBytes derivedKpe(SecretBytes kpp, String stan, String amount) {
        try {
            return As2805.pinEncryptionKey(kpp, stan, amount);
        } catch (CryptoException e) {
            throw new ValidationException("IncomingAs2805Attributes: " + e.getMessage());
        }
    }

    /** {@code pin} in a block of {@code format}, encrypted under the key of {@code source}. */
    public Sealed seal(CallContext context, WorkingKeys.Source source, PinBlockFormat format, SecretBytes pin,
                       String pan) {
        boolean aes = format == PinBlockFormat.ISO_FORMAT_4;
        try (UsableKey pek = keys.open(context, source, aes ? KeyRequirements.PIN_ENCRYPTION_AES
                : KeyRequirements.PIN_ENCRYPTION_TDES, DukptKeys.Purpose.PIN)) {
            return new Sealed(pek.stored(), encode(pek, format, pin, pan));
        }
    }

    private static SecretBytes decode(UsableKey pek, PinBlockFormat format, byte[] block, String pan) {
        CipherModes.Algorithm cipher = requireFormatFits(pek, format);
        if (format.usesPan() && pan == null) {
            throw new ValidationException("PrimaryAccountNumber is required for " + format);
        }
        if (block.length != format.length()) {
            throw new ValidationException("EncryptedPinBlock must have " + format.length() * 2
                    + " hexadecimal characters for " + format);
        }
        try {
            return PinBlockCipher.decipher(pek.key(), cipher, format, block, pan);
        } catch (CryptoException e) {
            throw new ValidationException("Pin block provided is invalid. Please check your input and try again.");
        }
    }

    private String encode(UsableKey pek, PinBlockFormat format, SecretBytes pin, String pan) {
        CipherModes.Algorithm cipher = requireFormatFits(pek, format);
        try {
            return Hex.encode(PinBlockCipher.encipher(pek.key(), cipher, format, pin, pan, random));
        } catch (CryptoException e) {
            throw new ValidationException("The PIN cannot be encoded as " + format + ": " + e.getMessage());
        }
    }

    /** AES PIN keys carry ISO format 4 blocks, TDES keys formats 0, 1 and 3 (ISO 9564-1); the key's cipher. */
    private static CipherModes.Algorithm requireFormatFits(UsableKey pek, PinBlockFormat format) {
        boolean aesKey = pek.stored().attributes().keyAlgorithm().family() == KeyAlgorithm.Family.AES;
        if (aesKey != (format == PinBlockFormat.ISO_FORMAT_4)) {
            throw new ValidationException(aesKey ? "An AES PIN key carries ISO_FORMAT_4 PIN blocks"
                    : "A TDES PIN key carries ISO_FORMAT_0, ISO_FORMAT_1 or ISO_FORMAT_3 PIN blocks");
        }
        return aesKey ? CipherModes.Algorithm.AES : CipherModes.Algorithm.TDES;
    }
}
