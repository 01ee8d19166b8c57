package dev.paycrypto.crypto.as2805;

/**
 * The AS2805 key variants whose masks public material fixes: a two-byte pattern repeated over the whole key
 * encryption key and XORed into it before the KEK wraps a working key of that kind (AWS's sample
 * {@code aws-samples/samples-for-payment-cryptography-service}, {@code as2805_2_1_Working_Key_Exchange.py}:
 * "PIN: 28C0, Data: 22C0, MAC: 24C0"). The terminal major key variant (00) is absent on purpose: no public source
 * fixes its mask.
 */
public enum As2805Variant {
    /** PIN encryption keys: {@code 28C0 28C0 …}. */
    PIN_ENCRYPTION_28(0x28, 0xC0),
    /** Message authentication keys: {@code 24C0 24C0 …}. */
    MESSAGE_AUTHENTICATION_24(0x24, 0xC0),
    /** Data encryption keys: {@code 22C0 22C0 …}. */
    DATA_ENCRYPTION_22(0x22, 0xC0);

    private final byte even;
    private final byte odd;

    As2805Variant(int even, int odd) {
        this.even = (byte) even;
        this.odd = (byte) odd;
    }

    /** The mask for a key of {@code length} bytes: the pattern repeated from byte 0. */
    byte[] mask(int length) {
        byte[] mask = new byte[length];
        for (int i = 0; i < length; i++) {
            mask[i] = i % 2 == 0 ? even : odd;
        }
        return mask;
    }
}
