package dev.paycrypto.crypto.emv;

import dev.paycrypto.crypto.BlockCiphers;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.mac.Iso9797Padding;
import dev.paycrypto.crypto.mac.Macs;
import java.util.Arrays;

/**
 * EMV secure messaging for issuer scripts (EMV 4.x Book 2 §9.2, §9.3, Annex A1.1–A1.2): the command MAC under the
 * integrity session key (ISO/IEC 9797-1 algorithm 3, padding method 2), the enciphered command data under the
 * confidentiality session key (TDES, ECB or CBC with a zero IV), and the two PIN blocks an offline PIN change
 * script carries to the card: ISO 9564-1 format 2 and the VIS PIN block.
 */
public final class SecureMessaging {

    /** When the command data is padded (ISO/IEC 7816-4 = ISO/IEC 9797-1 method 2) before encipherment. */
    public enum Padding {
        /** Never: the data must already be a whole number of blocks. */
        NONE,
        /** Only when the data is not a whole number of blocks (M/Chip). */
        WHEN_UNALIGNED,
        /** Always (EMV Common Core Definitions, VIS). */
        ALWAYS
    }

    /** How a scheme enciphers command data: chaining, whether a length byte leads the data, and padding. */
    public record Encipherment(boolean cbc, boolean lengthPrefix, Padding padding) {
        /** VIS: the length of the data as one byte, then the data, padded, TDES-ECB. */
        public static final Encipherment VISA = new Encipherment(false, true, Padding.ALWAYS);
        /** M/Chip: TDES-CBC with a zero IV, padded only when the data is not block aligned. */
        public static final Encipherment MASTERCARD = new Encipherment(true, false, Padding.WHEN_UNALIGNED);
        /** EMV CCD: TDES-CBC with a zero IV, always padded. */
        public static final Encipherment EMV = new Encipherment(true, false, Padding.ALWAYS);
    }

    private SecureMessaging() {
    }

    /** The command MAC: ISO/IEC 9797-1 algorithm 3, padding method 2, under the integrity session key. */
    public static byte[] commandMac(SecretBytes integritySessionKey, byte[] command) {
        requireDoubleLength(integritySessionKey, "integrity");
        return Macs.iso9797Algorithm3(integritySessionKey, command, Iso9797Padding.METHOD_2);
    }

    /** The enciphered command data under the confidentiality session key. */
    public static byte[] encipher(SecretBytes confidentialitySessionKey, byte[] data, Encipherment how) {
        requireDoubleLength(confidentialitySessionKey, "confidentiality");
        if (data.length > 255 && how.lengthPrefix()) {
            throw new InvalidInputException("Command data with a length byte holds at most 255 bytes");
        }
        byte[] framed = data;
        if (how.lengthPrefix()) {
            framed = new byte[data.length + 1];
            framed[0] = (byte) data.length;
            System.arraycopy(data, 0, framed, 1, data.length);
        }
        boolean pad = how.padding() == Padding.ALWAYS
                || how.padding() == Padding.WHEN_UNALIGNED && framed.length % 8 != 0;
        byte[] plain = pad ? Iso9797Padding.METHOD_2.pad(framed, 8) : framed;
        if (plain.length == 0 || plain.length % 8 != 0) {
            throw new InvalidInputException("Command data must be a whole number of 8-byte blocks without padding");
        }
        byte[] key = confidentialitySessionKey.copy();
        try {
            return how.cbc() ? BlockCiphers.tdesEncryptCbc(key, new byte[8], plain) : BlockCiphers.tdesEncryptEcb(key, plain);
        } finally {
            Arrays.fill(key, (byte) 0);
            if (framed != data) {
                Arrays.fill(framed, (byte) 0);
            }
            if (plain != framed) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    /** ISO 9564-1 format 2, the offline PIN block: 2, the PIN length, the PIN, F-filled; the caller wipes it. */
    public static byte[] iso9564Format2PinBlock(SecretBytes pin) {
        return pinField(2, pin);
    }

    /**
     * The VIS PIN block: (00000000 ‖ bytes 5–8 of the ICC AC master key) ⊕ (the PIN length as one byte ‖ the PIN,
     * F-filled), and, when the card's current PIN is given, ⊕ the current PIN left-justified in zeros; the caller
     * wipes it.
     *
     * @param currentPin null when the script does not carry the current PIN
     */
    public static byte[] visaPinBlock(SecretBytes iccAcMasterKey, SecretBytes pin, SecretBytes currentPin) {
        requireDoubleLength(iccAcMasterKey, "AC master");
        byte[] key = iccAcMasterKey.copy();
        byte[] keyField = new byte[8];
        System.arraycopy(key, 4, keyField, 4, 4);
        Arrays.fill(key, (byte) 0);
        byte[] pinField = null;
        byte[] block = null;
        byte[] currentField = null;
        try {
            pinField = pinField(0, pin);
            block = BlockCiphers.xor(keyField, pinField);
            if (currentPin == null) {
                byte[] result = block;
                block = null;
                return result;
            }
            // the current PIN's digits, left-justified, zero-filled: a PIN field without control and length
            currentField = new byte[8];
            byte[] digits = pinDigits(currentPin);
            try {
                for (int i = 0; i < digits.length; i++) {
                    Hex.setNibble(currentField, i, digits[i]);
                }
            } finally {
                Arrays.fill(digits, (byte) 0);
            }
            return BlockCiphers.xor(block, currentField);
        } finally {
            SecretBytes.wipeAll(keyField, pinField, block, currentField);
        }
    }

    /** The control nibble, the PIN length nibble, the PIN digits and F fill, as eight bytes. */
    private static byte[] pinField(int control, SecretBytes pin) {
        byte[] digits = pinDigits(pin);
        try {
            byte[] field = new byte[8];
            Arrays.fill(field, (byte) 0xFF);
            Hex.setNibble(field, 0, control);
            Hex.setNibble(field, 1, digits.length);
            for (int i = 0; i < digits.length; i++) {
                Hex.setNibble(field, 2 + i, digits[i]);
            }
            return field;
        } finally {
            Arrays.fill(digits, (byte) 0);
        }
    }

    /** The PIN's digits as values 0 to 9, checked: 4 to 12 decimal digits. The caller wipes them. */
    private static byte[] pinDigits(SecretBytes pin) {
        byte[] digits = pin.copy();
        if (digits.length < 4 || digits.length > 12) {
            Arrays.fill(digits, (byte) 0);
            throw new InvalidInputException("A PIN has 4 to 12 digits");
        }
        for (int i = 0; i < digits.length; i++) {
            if (digits[i] < '0' || digits[i] > '9') {
                Arrays.fill(digits, (byte) 0);
                throw new InvalidInputException("A PIN has decimal digits only");
            }
            digits[i] -= '0';
        }
        return digits;
    }

    private static void requireDoubleLength(SecretBytes key, String role) {
        if (key.length() != 16) {
            throw new InvalidInputException("The " + role + " key must be a double-length TDES key");
        }
    }
}
