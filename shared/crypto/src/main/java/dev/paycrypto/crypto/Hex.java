package dev.paycrypto.crypto;

/** Upper-case hexadecimal, the form payment APIs carry bytes in. */
public final class Hex {

    private static final char[] DIGITS = "0123456789ABCDEF".toCharArray();

    private Hex() {
    }

    public static String encode(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = DIGITS[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = DIGITS[bytes[i] & 0xF];
        }
        return new String(out);
    }

    /** Decodes either case; throws {@link InvalidInputException} for odd length or a non-hex character. */
    public static byte[] decode(CharSequence hex) {
        if (hex.length() % 2 != 0) {
            throw new InvalidInputException("Hex input has an odd number of characters");
        }
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (digit(hex.charAt(2 * i)) << 4 | digit(hex.charAt(2 * i + 1)));
        }
        return out;
    }

    public static boolean isHex(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The hex digit at {@code index} of {@code bytes} (high nibble first) as a value 0 to 15, read without building
     * a String, for fields that hold secrets such as PIN digits.
     */
    public static int nibble(byte[] bytes, int index) {
        int b = bytes[index / 2] & 0xFF;
        return index % 2 == 0 ? b >>> 4 : b & 0x0F;
    }

    /** Sets the hex digit at {@code index} of {@code bytes} (high nibble first) to {@code value}, 0 to 15. */
    public static void setNibble(byte[] bytes, int index, int value) {
        int b = bytes[index / 2] & 0xFF;
        bytes[index / 2] = (byte) (index % 2 == 0 ? (b & 0x0F) | value << 4 : (b & 0xF0) | value);
    }

    private static int digit(char c) {
        int value = Character.digit(c, 16);
        if (value < 0) {
            throw new InvalidInputException("Input is not hexadecimal");
        }
        return value;
    }
}
