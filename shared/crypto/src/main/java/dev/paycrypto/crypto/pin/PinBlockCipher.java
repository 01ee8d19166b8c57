package dev.paycrypto.crypto.pin;

import dev.paycrypto.crypto.BlockCiphers;
import dev.paycrypto.crypto.CipherModes;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.SecretBytes;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * A PIN enciphered as a PIN block under a PIN encryption key, and an enciphered PIN block deciphered back to its PIN:
 * each the whole ISO 9564-1 operation in one call, so that the clear PIN block, the key's bytes and every
 * intermediate stay in the crypto layer and are wiped there. Formats 0, 1 and 3 are the clear block of
 * {@link PinBlocks} under TDES-ECB; format 4 is enciphered twice under AES around the PAN field.
 *
 * <p>The caller names its key's block cipher, or leaves the format to name it. The key's length could not: 16 and
 * 24 bytes are TDES and AES lengths alike. A cipher that does not carry the format is refused (AES keys carry format
 * 4, TDES keys formats 0, 1 and 3), as is a key whose length does not fit its cipher.
 */
public final class PinBlockCipher {

    private PinBlockCipher() {
    }

    /** The enciphered block of {@code pin} in {@code format} under {@code pek}, the cipher the format's. */
    public static byte[] encipher(SecretBytes pek, PinBlockFormat format, SecretBytes pin, String pan,
                                  SecureRandom random) {
        return encipher(pek, format.cipher(), format, pin, pan, random);
    }

    /**
     * The enciphered block of {@code pin} in {@code format} under {@code pek}, a key of {@code cipher}; the PAN is
     * not used by format 1, and {@code random} supplies the fill of formats 1, 3 and 4.
     */
    public static byte[] encipher(SecretBytes pek, CipherModes.Algorithm cipher, PinBlockFormat format,
                                  SecretBytes pin, String pan, SecureRandom random) {
        requireCarries(cipher, format);
        if (cipher == CipherModes.Algorithm.AES) {
            return PinBlocks.encipherIso4(pek, pin, pan, random);
        }
        byte[] clear = PinBlocks.encode(format, pin, pan, random);
        byte[] key = pek.copy();
        try {
            return BlockCiphers.tdesEncryptEcb(key, clear);
        } finally {
            Arrays.fill(key, (byte) 0);
            Arrays.fill(clear, (byte) 0);
        }
    }

    /** The PIN of {@code block}, a block of {@code format} under {@code pek}, the cipher the format's. */
    public static SecretBytes decipher(SecretBytes pek, PinBlockFormat format, byte[] block, String pan) {
        return decipher(pek, format.cipher(), format, block, pan);
    }

    /**
     * The PIN of {@code block}, a block of {@code format} under {@code pek}, a key of {@code cipher}. A block that
     * does not decipher to a valid block of the format (a wrong key, PAN or format, or tampering) is refused with a
     * message that names the format, never the PIN.
     */
    public static SecretBytes decipher(SecretBytes pek, CipherModes.Algorithm cipher, PinBlockFormat format,
                                       byte[] block, String pan) {
        requireCarries(cipher, format);
        if (block.length != format.length()) {
            throw new InvalidInputException("A " + format + " PIN block has " + format.length() + " bytes");
        }
        if (cipher == CipherModes.Algorithm.AES) {
            return PinBlocks.decipherIso4(pek, block, pan);
        }
        byte[] key = pek.copy();
        byte[] clear = null;
        try {
            clear = BlockCiphers.tdesDecryptEcb(key, block);
            return PinBlocks.decode(format, clear, pan);
        } finally {
            Arrays.fill(key, (byte) 0);
            if (clear != null) {
                Arrays.fill(clear, (byte) 0);
            }
        }
    }

    private static void requireCarries(CipherModes.Algorithm cipher, PinBlockFormat format) {
        if (cipher != format.cipher()) {
            throw new InvalidInputException(cipher == CipherModes.Algorithm.AES
                    ? "An AES PIN key carries ISO_FORMAT_4 PIN blocks"
                    : "A TDES PIN key carries ISO_FORMAT_0, ISO_FORMAT_1 or ISO_FORMAT_3 PIN blocks");
        }
    }
}
