package dev.paycrypto.crypto.card;

import dev.paycrypto.crypto.BlockCiphers;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.mac.Iso9797Padding;
import dev.paycrypto.crypto.mac.Macs;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Mastercard's dynamic card verification code (CVC3, PayPass M/Stripe): IVCVC3 = the rightmost two bytes of the
 * ISO/IEC 9797-1 algorithm 3 MAC (padding 2) of the track data under the ICC CVC3 key; CVC3 = the rightmost two
 * bytes of TDES(ICC key, IVCVC3 ‖ UN ‖ ATC), as a decimal number, rightmost digits.
 */
public final class DynamicCardVerification {

    private DynamicCardVerification() {
    }

    public static byte[] ivCvc3(SecretBytes iccCvc3Key, byte[] trackData) {
        byte[] mac = Macs.iso9797Algorithm3(iccCvc3Key, trackData, Iso9797Padding.METHOD_2);
        return Arrays.copyOfRange(mac, 6, 8);
    }

    public static String cvc3(SecretBytes iccCvc3Key, byte[] ivCvc3, byte[] unpredictableNumber, byte[] atc,
                              int digits) {
        if (ivCvc3.length != 2 || unpredictableNumber.length != 4 || atc.length != 2) {
            throw new InvalidInputException("CVC3 takes a 2-byte IVCVC3, a 4-byte unpredictable number and a 2-byte ATC");
        }
        if (digits < 3 || digits > 5) {
            throw new InvalidInputException("A CVC3 has 3 to 5 digits");
        }
        byte[] data = new byte[8];
        System.arraycopy(ivCvc3, 0, data, 0, 2);
        System.arraycopy(unpredictableNumber, 0, data, 2, 4);
        System.arraycopy(atc, 0, data, 6, 2);
        byte[] key = iccCvc3Key.copy();
        try {
            byte[] enciphered = BlockCiphers.tdesEncryptEcb(key, data);
            String number = new BigInteger(1, Arrays.copyOfRange(enciphered, 6, 8)).toString();
            String padded = "0".repeat(Math.max(0, digits - number.length())) + number;
            return padded.substring(padded.length() - digits);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
