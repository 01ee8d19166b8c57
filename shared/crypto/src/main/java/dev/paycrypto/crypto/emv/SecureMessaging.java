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

    /** ISO 9564-1 format 2, the offline PIN block: 2, the PIN length, the PIN, F-filled. */
    public static byte[] iso9564Format2PinBlock(SecretBytes pin) {
        return Hex.decode(pinField('2', pin));
    }

    /**
     * The VIS PIN block: (00000000 ‖ bytes 5–8 of the ICC AC master key) ⊕ (the PIN length as one byte ‖ the PIN,
     * F-filled), and, when the card's current PIN is given, ⊕ the current PIN left-justified in zeros.
     *
     * @param currentPin null when the script does not carry the current PIN
     */
    public static byte[] visaPinBlock(SecretBytes iccAcMasterKey, SecretBytes pin, SecretBytes currentPin) {
        requireDoubleLength(iccAcMasterKey, "AC master");
        byte[] key = iccAcMasterKey.copy();
        byte[] keyField = new byte[8];
        System.arraycopy(key, 4, keyField, 4, 4);
        Arrays.fill(key, (byte) 0);
        byte[] pinField = Hex.decode(pinField('0', pin));
        byte[] block = BlockCiphers.xor(keyField, pinField);
        Arrays.fill(pinField, (byte) 0);
        if (currentPin != null) {
            byte[] current = currentPin.copy();
            char[] nibbles = new char[16];
            Arrays.fill(nibbles, '0');
            for (int i = 0; i < current.length; i++) {
                nibbles[i] = (char) current[i];
            }
            checkPin(current.length, nibbles);
            byte[] currentField = Hex.decode(new String(nibbles));
            byte[] combined = BlockCiphers.xor(block, currentField);
            Arrays.fill(block, (byte) 0);
            Arrays.fill(currentField, (byte) 0);
            Arrays.fill(current, (byte) 0);
            Arrays.fill(nibbles, '0');
            block = combined;
        }
        return block;
    }

    /** The control nibble, the PIN length nibble, the PIN digits and F fill, as 16 hex digits. */
    private static String pinField(char control, SecretBytes pin) {
        byte[] digits = pin.copy();
        char[] field = new char[16];
        Arrays.fill(field, 'F');
        field[0] = control;
        field[1] = Character.toUpperCase(Character.forDigit(digits.length, 16));
        for (int i = 0; i < digits.length && i < 14; i++) {
            field[2 + i] = (char) digits[i];
        }
        try {
            checkPin(digits.length, Arrays.copyOfRange(field, 2, 2 + Math.min(digits.length, 14)));
            return new String(field);
        } finally {
            Arrays.fill(digits, (byte) 0);
            Arrays.fill(field, '0');
        }
    }

    private static void checkPin(int length, char[] digits) {
        if (length < 4 || length > 12) {
            throw new InvalidInputException("A PIN has 4 to 12 digits");
        }
        for (int i = 0; i < length; i++) {
            if (digits[i] < '0' || digits[i] > '9') {
                throw new InvalidInputException("A PIN has decimal digits only");
            }
        }
    }

    private static void requireDoubleLength(SecretBytes key, String role) {
        if (key.length() != 16) {
            throw new InvalidInputException("The " + role + " key must be a double-length TDES key");
        }
    }
}
