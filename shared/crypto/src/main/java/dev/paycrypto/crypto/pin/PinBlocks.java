package dev.paycrypto.crypto.pin;

import dev.paycrypto.crypto.BlockCiphers;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.SecretBytes;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * ISO 9564-1 PIN blocks. A PIN is a {@link SecretBytes} of ASCII digits (4 to 12). Formats 0 and 3 XOR the PIN
 * field with the PAN field (0000 and the rightmost twelve PAN digits without the check digit); format 1 carries no
 * PAN; format 4 (AES) enciphers the PIN field, XORs the PAN field, and enciphers again (ISO 9564-1:2017 §9.4.2).
 * Decoding checks every field and reports a bad block, never the PIN.
 */
public final class PinBlocks {

    private PinBlocks() {
    }

    /** A clear ISO format 0, 1 or 3 block (8 bytes); the caller wipes it. */
    public static byte[] encode(PinBlockFormat format, SecretBytes pin, String pan, SecureRandom random) {
        if (format == PinBlockFormat.ISO_FORMAT_4) {
            throw new InvalidInputException("ISO format 4 blocks are enciphered with an AES key; use encipherIso4");
        }
        byte[] field = pinField(format, pin);
        try {
            for (int i = 2 + Hex.nibble(field, 1); i < 16; i++) {
                Hex.setNibble(field, i, switch (format) {
                    case ISO_FORMAT_0 -> 0xF;
                    case ISO_FORMAT_1 -> random.nextInt(16);
                    default -> 0xA + random.nextInt(6);
                });
            }
            return format.usesPan() ? BlockCiphers.xor(field, panField(pan)) : field.clone();
        } finally {
            Arrays.fill(field, (byte) 0);
        }
    }

    /** The PIN of a clear ISO format 0, 1 or 3 block; the PAN is ignored for format 1. */
    public static SecretBytes decode(PinBlockFormat format, byte[] block, String pan) {
        if (format == PinBlockFormat.ISO_FORMAT_4 || block.length != 8) {
            throw new InvalidInputException("The PIN block is not a valid " + format + " block");
        }
        byte[] field = format.usesPan() ? BlockCiphers.xor(block, panField(pan)) : block.clone();
        try {
            return pinFromField(format, field);
        } finally {
            Arrays.fill(field, (byte) 0);
        }
    }

    /** An enciphered ISO format 4 block (16 bytes) under an AES key. */
    public static byte[] encipherIso4(SecretBytes aesKey, SecretBytes pin, String pan, SecureRandom random) {
        byte[] first = pinField(PinBlockFormat.ISO_FORMAT_4, pin);
        byte[] pinField = new byte[16];
        byte[] key = null;
        byte[] intermediate = null;
        byte[] masked = null;
        try {
            for (int i = 2 + Hex.nibble(first, 1); i < 16; i++) {
                Hex.setNibble(first, i, 0xA);
            }
            System.arraycopy(first, 0, pinField, 0, 8);
            byte[] fill = new byte[8];
            random.nextBytes(fill);
            System.arraycopy(fill, 0, pinField, 8, 8);
            key = aesKey.copy();
            intermediate = BlockCiphers.aesEncryptEcb(key, pinField);
            masked = BlockCiphers.xor(intermediate, iso4PanField(pan));
            return BlockCiphers.aesEncryptEcb(key, masked);
        } finally {
            SecretBytes.wipeAll(first, pinField, key, intermediate, masked);
        }
    }

    /** The PIN of an enciphered ISO format 4 block. */
    public static SecretBytes decipherIso4(SecretBytes aesKey, byte[] block, String pan) {
        if (block.length != 16) {
            throw new InvalidInputException("An ISO format 4 PIN block has 16 bytes");
        }
        byte[] key = aesKey.copy();
        byte[] masked = null;
        byte[] intermediate = null;
        byte[] pinField = null;
        try {
            masked = BlockCiphers.aesDecryptEcb(key, block);
            intermediate = BlockCiphers.xor(masked, iso4PanField(pan));
            pinField = BlockCiphers.aesDecryptEcb(key, intermediate);
            return pinFromField(PinBlockFormat.ISO_FORMAT_4, pinField);
        } finally {
            SecretBytes.wipeAll(key, masked, intermediate, pinField);
        }
    }

    /** Formats 0 and 3: 0000 and the rightmost twelve PAN digits excluding the check digit. */
    static byte[] panField(String pan) {
        requirePan(pan);
        String account = pan.substring(0, pan.length() - 1);
        String twelve = account.length() >= 12 ? account.substring(account.length() - 12)
                : "0".repeat(12 - account.length()) + account;
        return Hex.decode("0000" + twelve);
    }

    /** Format 4: M (PAN length − 12, or 0) and the PAN, left-justified, zero-filled; short PANs right-justified in 12. */
    static byte[] iso4PanField(String pan) {
        requirePan(pan);
        String digits = pan.length() < 12 ? "0".repeat(12 - pan.length()) + pan : pan;
        StringBuilder field = new StringBuilder(32).append(Character.forDigit(Math.max(0, pan.length() - 12), 16))
                .append(digits);
        while (field.length() < 32) {
            field.append('0');
        }
        return Hex.decode(field);
    }

    /**
     * The PIN of a PIN field (its first 16 nibbles): the control nibble must be the format's, the length 4 to 12,
     * the PIN decimal and the fill what the format puts there.
     */
    private static SecretBytes pinFromField(PinBlockFormat format, byte[] field) {
        int control = Hex.nibble(field, 0);
        int length = Hex.nibble(field, 1);
        if (control != format.control() || length < 4 || length > 12) {
            throw new InvalidInputException("The PIN block is not a valid " + format + " block");
        }
        byte[] digits = new byte[length];
        try {
            for (int i = 2; i < 16; i++) {
                int value = Hex.nibble(field, i);
                boolean valid = i < 2 + length ? value <= 9 : switch (format) {
                    case ISO_FORMAT_0 -> value == 0xF;
                    case ISO_FORMAT_1 -> true;
                    case ISO_FORMAT_3 -> value >= 0xA;
                    case ISO_FORMAT_4 -> value == 0xA;
                };
                if (!valid) {
                    throw new InvalidInputException("The PIN block is not a valid " + format + " block");
                }
                if (i < 2 + length) {
                    digits[i - 2] = (byte) ('0' + value);
                }
            }
            return SecretBytes.of(digits);
        } finally {
            Arrays.fill(digits, (byte) 0);
        }
    }

    /**
     * The first eight bytes of a PIN field: the format's control nibble, the PIN length, the PIN digits, and zero
     * nibbles where the fill goes; the caller fills and wipes it.
     */
    private static byte[] pinField(PinBlockFormat format, SecretBytes pin) {
        byte[] digits = pin.copy();
        try {
            if (digits.length < 4 || digits.length > 12) {
                throw new InvalidInputException("A PIN has 4 to 12 digits");
            }
            byte[] field = new byte[8];
            field[0] = (byte) (format.control() << 4 | digits.length);
            for (int i = 0; i < digits.length; i++) {
                if (digits[i] < '0' || digits[i] > '9') {
                    Arrays.fill(field, (byte) 0);
                    throw new InvalidInputException("A PIN has decimal digits only");
                }
                Hex.setNibble(field, 2 + i, digits[i] - '0');
            }
            return field;
        } finally {
            Arrays.fill(digits, (byte) 0);
        }
    }

    /** The PIN as characters, for the PIN verification values; the caller wipes them. */
    static char[] pinDigits(SecretBytes pin) {
        byte[] bytes = pin.copy();
        try {
            if (bytes.length < 4 || bytes.length > 12) {
                throw new InvalidInputException("A PIN has 4 to 12 digits");
            }
            char[] digits = new char[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] < '0' || bytes[i] > '9') {
                    throw new InvalidInputException("A PIN has decimal digits only");
                }
                digits[i] = (char) bytes[i];
            }
            return digits;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static void requirePan(String pan) {
        if (pan == null || pan.isEmpty() || pan.length() > 19 || !pan.chars().allMatch(Character::isDigit)) {
            throw new InvalidInputException("PrimaryAccountNumber must be up to 19 decimal digits");
        }
    }
}
