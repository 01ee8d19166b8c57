package dev.paycrypto.crypto.mac;

import java.util.Arrays;

/** ISO/IEC 9797-1 padding methods (§6.3). */
public enum Iso9797Padding {
    /** Zeros to the block boundary; none when aligned; one zero block for empty data. */
    METHOD_1,
    /** A 0x80 byte, then zeros to the block boundary (also ISO/IEC 7816-4 padding). */
    METHOD_2,
    /** A block holding the data length in bits (big-endian) prepended, then zeros as method 1. */
    METHOD_3;

    public byte[] pad(byte[] data, int blockSize) {
        return switch (this) {
            case METHOD_1 -> {
                int length = data.length == 0 ? blockSize : (data.length + blockSize - 1) / blockSize * blockSize;
                yield Arrays.copyOf(data, length);
            }
            case METHOD_2 -> {
                byte[] padded = Arrays.copyOf(data, (data.length / blockSize + 1) * blockSize);
                padded[data.length] = (byte) 0x80;
                yield padded;
            }
            case METHOD_3 -> {
                byte[] body = METHOD_1.pad(data, blockSize);
                if (data.length == 0) {
                    body = new byte[0];
                }
                byte[] out = new byte[blockSize + body.length];
                long bits = (long) data.length * 8;
                for (int i = 0; i < 8 && i < blockSize; i++) {
                    out[blockSize - 1 - i] = (byte) (bits >>> (8 * i));
                }
                System.arraycopy(body, 0, out, blockSize, body.length);
                yield out;
            }
        };
    }
}
