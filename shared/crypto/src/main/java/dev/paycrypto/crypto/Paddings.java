package dev.paycrypto.crypto;

import java.util.Arrays;

/** Data paddings: PKCS #7 and ISO/IEC 7816-4 (0x80 then zeros; ISO/IEC 9797-1 method 2). */
public final class Paddings {

    private Paddings() {
    }

    public static byte[] padPkcs7(byte[] data, int blockSize) {
        int pad = blockSize - data.length % blockSize;
        byte[] out = Arrays.copyOf(data, data.length + pad);
        Arrays.fill(out, data.length, out.length, (byte) pad);
        return out;
    }

    /** Removes PKCS #7 padding, refusing anything malformed. */
    public static byte[] unpadPkcs7(byte[] data, int blockSize) {
        if (data.length == 0 || data.length % blockSize != 0) {
            throw new IntegrityException("The padded data is not block aligned");
        }
        int pad = data[data.length - 1] & 0xFF;
        if (pad < 1 || pad > blockSize) {
            throw new IntegrityException("The padding is not valid");
        }
        int bad = 0;
        for (int i = data.length - pad; i < data.length; i++) {
            bad |= (data[i] & 0xFF) ^ pad;
        }
        if (bad != 0) {
            throw new IntegrityException("The padding is not valid");
        }
        return Arrays.copyOf(data, data.length - pad);
    }

    public static byte[] padIso7816(byte[] data, int blockSize) {
        byte[] out = Arrays.copyOf(data, (data.length / blockSize + 1) * blockSize);
        out[data.length] = (byte) 0x80;
        return out;
    }

    /** Removes ISO/IEC 7816-4 padding: trailing zeros, then a mandatory 0x80. */
    public static byte[] unpadIso7816(byte[] data) {
        int i = data.length - 1;
        while (i >= 0 && data[i] == 0) {
            i--;
        }
        if (i < 0 || (data[i] & 0xFF) != 0x80) {
            throw new IntegrityException("The padding is not valid");
        }
        return Arrays.copyOf(data, i);
    }
}
