package dev.paycrypto.crypto.emv;

import dev.paycrypto.crypto.SecretBytes;
import java.util.Arrays;

/**
 * The cryptography of the EMV offline PIN change issuer script in one operation (EMV 4.x Book 2 §9.2, §9.3, Annex
 * A1.1–A1.2): the new PIN put in the card's PIN block, that block enciphered under the confidentiality session key
 * (the command data), and the command MAC over the message data followed by the command data under the integrity
 * session key, as the card checks the script command. The card's clear PIN block is built and wiped here; only the
 * enciphered block and the MAC leave.
 */
public final class PinChangeScript {

    /** What the script carries to the card: the enciphered PIN block (the command data) and the command MAC. */
    public record Result(byte[] encipheredPinBlock, byte[] mac) {
    }

    /**
     * The PIN block the card expects: ISO 9564-1 format 2 (EMV CCD, M/Chip), or the VIS PIN block (Visa, Amex),
     * keyed by the card's AC master key and folded with the current PIN when the script carries it. A VIS block holds
     * its own copies of those secrets, so the caller may close its own at once; closing this wipes the copies.
     */
    public static final class CardPinBlock implements AutoCloseable {
        private final SecretBytes iccAcMasterKey;
        private final SecretBytes currentPin;

        private CardPinBlock(SecretBytes iccAcMasterKey, SecretBytes currentPin) {
            this.iccAcMasterKey = iccAcMasterKey;
            this.currentPin = currentPin;
        }

        /** ISO 9564-1 format 2: 2, the PIN length, the PIN, F-filled. */
        public static CardPinBlock iso9564Format2() {
            return new CardPinBlock(null, null);
        }

        /**
         * The VIS PIN block under the card's AC master key (double-length TDES).
         *
         * @param currentPin null when the script does not carry the card's current PIN
         */
        public static CardPinBlock vis(SecretBytes iccAcMasterKey, SecretBytes currentPin) {
            return new CardPinBlock(iccAcMasterKey.duplicate(), currentPin == null ? null : currentPin.duplicate());
        }

        /** The clear block of {@code newPin}; the caller wipes it. */
        private byte[] of(SecretBytes newPin) {
            return iccAcMasterKey == null ? SecureMessaging.iso9564Format2PinBlock(newPin)
                    : SecureMessaging.visaPinBlock(iccAcMasterKey, newPin, currentPin);
        }

        /** Wipes the secrets this holds; closing twice is harmless. */
        @Override
        public void close() {
            if (iccAcMasterKey != null) {
                iccAcMasterKey.close();
            }
            if (currentPin != null) {
                currentPin.close();
            }
        }

        @Override
        public String toString() {
            return iccAcMasterKey == null ? "CardPinBlock[ISO 9564-1 format 2]"
                    : "CardPinBlock[VIS" + (currentPin == null ? "" : ", with the current PIN") + "]";
        }

    }

    private PinChangeScript() {
    }

    /**
     * The script's enciphered PIN block and MAC for {@code newPin}, put in {@code cardPinBlock}, enciphered under
     * {@code confidentialitySessionKey} as {@code encipherment} frames it, and MACed with {@code messageData} in
     * front under {@code integritySessionKey} (ISO/IEC 9797-1 algorithm 3, padding method 2).
     */
    public static Result generate(SecretBytes newPin, CardPinBlock cardPinBlock, SecretBytes confidentialitySessionKey,
                                  SecureMessaging.Encipherment encipherment, SecretBytes integritySessionKey,
                                  byte[] messageData) {
        byte[] pinBlock = cardPinBlock.of(newPin);
        byte[] command = null;
        try {
            byte[] commandData = SecureMessaging.encipher(confidentialitySessionKey, pinBlock, encipherment);
            command = Arrays.copyOf(messageData, messageData.length + commandData.length);
            System.arraycopy(commandData, 0, command, messageData.length, commandData.length);
            return new Result(commandData, SecureMessaging.commandMac(integritySessionKey, command));
        } finally {
            Arrays.fill(pinBlock, (byte) 0);
            if (command != null) {
                Arrays.fill(command, (byte) 0);
            }
        }
    }
}
