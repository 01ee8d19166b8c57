package dev.paycrypto.app.keys;

import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.crypto.keyblock.Tr31Header;
import dev.paycrypto.keys.InvalidKeyAttributesException;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.keys.KeyUsage;
import java.util.Map;

/**
 * What a TR-31 / X9.143 key block header says its key is (usage, algorithm, mode of use): the one reading of a
 * block's attributes, for keys imported by the control plane and working keys wrapped in data-plane requests.
 */
public final class Tr31Attributes {

    /** The HM optional block's hash identifiers (X9.143 table 13, as the User Guide lists them). */
    private static final Map<String, KeyAlgorithm> HMAC_HASHES = Map.of("20", KeyAlgorithm.HMAC_SHA224,
            "21", KeyAlgorithm.HMAC_SHA256, "22", KeyAlgorithm.HMAC_SHA384, "23", KeyAlgorithm.HMAC_SHA512);
    /** The optional block that names an HMAC key's hash. */
    public static final String HMAC_HASH_BLOCK = "HM";

    private Tr31Attributes() {
    }

    /** The attributes a TR-31 header gives a key of {@code keyBytes} bytes; {@code field} names the block. */
    public static KeyAttributes of(Tr31Header header, int keyBytes, String field) {
        KeyAlgorithm algorithm = switch (header.algorithm()) {
            case 'T' -> keyBytes == 16 ? KeyAlgorithm.TDES_2KEY : keyBytes == 24 ? KeyAlgorithm.TDES_3KEY : null;
            case 'A' -> keyBytes == 16 ? KeyAlgorithm.AES_128 : keyBytes == 24 ? KeyAlgorithm.AES_192
                    : keyBytes == 32 ? KeyAlgorithm.AES_256 : null;
            // an HMAC key keeps its own length (16 to 64 bytes); the HM block names its hash
            case 'H' -> header.optionalBlock(HMAC_HASH_BLOCK).map(HMAC_HASHES::get)
                    .filter(hmac -> hmac.acceptsKeyBytes(keyBytes)).orElse(null);
            default -> null;
        };
        if (algorithm == null) {
            throw new ValidationException(field + ": the TR-31 key block holds a key of algorithm '"
                    + header.algorithm() + "' and " + keyBytes + " bytes"
                    + (header.algorithm() == 'H' ? " (HMAC hash " + header.optionalBlock(HMAC_HASH_BLOCK)
                    .orElse("not given") + "; an HMAC key is " + KeyAlgorithm.MIN_HMAC_KEY_BYTES + " to "
                    + KeyAlgorithm.MAX_HMAC_KEY_BYTES + " bytes, with an " + HMAC_HASH_BLOCK
                    + " optional block of hash 20, 21, 22 or 23)" : "") + ", which this service does not use");
        }
        try {
            return new KeyAttributes(KeyUsage.fromTr31Code(header.keyUsage()), KeyClass.SYMMETRIC_KEY, algorithm,
                    KeyModesOfUse.fromTr31ModeOfUse(header.modeOfUse()));
        } catch (InvalidKeyAttributesException e) {
            throw new ValidationException(field + ": the TR-31 key block header has key usage "
                    + header.keyUsage() + " and mode of use " + header.modeOfUse()
                    + ", which this service does not use");
        }
    }

    /** The HM block's identifier of an HMAC key algorithm's hash. */
    public static String hmacHashId(KeyAlgorithm algorithm) {
        return HMAC_HASHES.entrySet().stream().filter(e -> e.getValue() == algorithm).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }
}
