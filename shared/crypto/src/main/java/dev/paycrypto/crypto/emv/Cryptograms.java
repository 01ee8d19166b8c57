package dev.paycrypto.crypto.emv;

import dev.paycrypto.crypto.BlockCiphers;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.mac.Iso9797Padding;
import dev.paycrypto.crypto.mac.Macs;
import java.util.Arrays;

/**
 * EMV application cryptograms (Book 2 §8.1): the ARQC as ISO/IEC 9797-1 MAC algorithm 3 under the session key
 * (or, for schemes without session keys, the ICC master key) over the transaction data; and the ARPC (§8.2) by
 * method 1 (TDES of ARQC ⊕ ARC ‖ 00..00) and method 2 (MAC over ARQC ‖ CSU ‖ proprietary data, four bytes).
 */
public final class Cryptograms {

    private Cryptograms() {
    }

    public static byte[] applicationCryptogram(SecretBytes key, byte[] transactionData, Iso9797Padding padding) {
        return Macs.iso9797Algorithm3(key, transactionData, padding);
    }

    public static byte[] arpcMethod1(SecretBytes key, byte[] arqc, byte[] authorizationResponseCode) {
        byte[] arc = Arrays.copyOf(EmvKeys.requireLength(authorizationResponseCode, 2, "AuthResponseCode"), 8);
        byte[] raw = key.copy();
        try {
            return BlockCiphers.tdesEncryptEcb(raw, BlockCiphers.xor(EmvKeys.requireLength(arqc, 8, "ARQC"), arc));
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    public static byte[] arpcMethod2(SecretBytes key, byte[] arqc, byte[] cardStatusUpdate,
                                     byte[] proprietaryAuthenticationData) {
        byte[] pad = proprietaryAuthenticationData == null ? new byte[0] : proprietaryAuthenticationData;
        byte[] data = new byte[8 + 4 + pad.length];
        System.arraycopy(EmvKeys.requireLength(arqc, 8, "ARQC"), 0, data, 0, 8);
        System.arraycopy(EmvKeys.requireLength(cardStatusUpdate, 4, "CardStatusUpdate"), 0, data, 8, 4);
        System.arraycopy(pad, 0, data, 12, pad.length);
        return Arrays.copyOf(Macs.iso9797Algorithm3(key, data, Iso9797Padding.METHOD_2), 4);
    }
}
