package dev.paycrypto.crypto.pin;

import dev.paycrypto.crypto.CipherModes;

/** ISO 9564-1 PIN block formats the service uses: 0, 1 and 3 (8 bytes, TDES) and 4 (16 bytes, AES). */
public enum PinBlockFormat {
    ISO_FORMAT_0(0, 8),
    ISO_FORMAT_1(1, 8),
    ISO_FORMAT_3(3, 8),
    ISO_FORMAT_4(4, 16);

    private final int control;
    private final int length;

    PinBlockFormat(int control, int length) {
        this.control = control;
        this.length = length;
    }

    /** The control field, the block's first nibble. */
    public int control() {
        return control;
    }

    /** Block length in bytes. */
    public int length() {
        return length;
    }

    public boolean usesPan() {
        return this != ISO_FORMAT_1;
    }

    /** The block cipher that carries this format: AES for format 4, TDES for formats 0, 1 and 3 (ISO 9564-1). */
    public CipherModes.Algorithm cipher() {
        return this == ISO_FORMAT_4 ? CipherModes.Algorithm.AES : CipherModes.Algorithm.TDES;
    }
}
