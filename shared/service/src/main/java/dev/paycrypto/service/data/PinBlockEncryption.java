package dev.paycrypto.service.data;

import dev.paycrypto.crypto.BlockCiphers;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.pin.PinBlockFormat;
import dev.paycrypto.crypto.pin.PinBlocks;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyUsage;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.service.errors.ValidationException;
import dev.paycrypto.service.keys.KeyRequirement;
import dev.paycrypto.service.keys.UsableKeys;
import dev.paycrypto.service.runtime.Call;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** Builds and encrypts a PIN block under a PIN encryption key: formats 0, 1, 3 under TDES, format 4 under AES. */
public final class PinBlockEncryption {

    /** The encrypted block (hex) with the key that protects it. */
    public record Sealed(StoredKey key, String block) {
    }

    private PinBlockEncryption() {
    }

    public static Sealed seal(Call call, String keyIdentifier, PinBlockFormat format, SecretBytes pin, String pan) {
        boolean aes = format == PinBlockFormat.ISO_FORMAT_4;
        KeyRequirement requirement = new KeyRequirement(Set.of(KeyUsage.TR31_P0_PIN_ENCRYPTION_KEY),
                aes ? EnumSet.of(KeyAlgorithm.AES_128, KeyAlgorithm.AES_192, KeyAlgorithm.AES_256)
                        : EnumSet.of(KeyAlgorithm.TDES_2KEY, KeyAlgorithm.TDES_3KEY), KeyRequirement.ENCRYPT);
        UsableKeys.Opened pek = UsableKeys.openSymmetric(call, keyIdentifier, requirement);
        try {
            if (aes) {
                return new Sealed(pek.stored(), Hex.encode(PinBlocks.encipherIso4(pek.key(), pin, pan,
                        call.services().random())));
            }
            byte[] clear = PinBlocks.encode(format, pin, pan, call.services().random());
            byte[] raw = pek.key().copy();
            try {
                return new Sealed(pek.stored(), Hex.encode(BlockCiphers.tdesEncryptEcb(raw, clear)));
            } finally {
                Arrays.fill(raw, (byte) 0);
                Arrays.fill(clear, (byte) 0);
            }
        } catch (CryptoException e) {
            throw new ValidationException("The PIN cannot be encoded as " + format + ": " + e.getMessage());
        } finally {
            pek.key().wipe();
        }
    }
}
