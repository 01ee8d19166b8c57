package dev.paycrypto.keys;

import static dev.paycrypto.keys.KeyAlgorithm.AES_128;
import static dev.paycrypto.keys.KeyAlgorithm.AES_192;
import static dev.paycrypto.keys.KeyAlgorithm.AES_256;
import static dev.paycrypto.keys.KeyAlgorithm.ECC_NIST_P256;
import static dev.paycrypto.keys.KeyAlgorithm.ECC_NIST_P384;
import static dev.paycrypto.keys.KeyAlgorithm.ECC_NIST_P521;
import static dev.paycrypto.keys.KeyAlgorithm.RSA_2048;
import static dev.paycrypto.keys.KeyAlgorithm.RSA_3072;
import static dev.paycrypto.keys.KeyAlgorithm.RSA_4096;
import static dev.paycrypto.keys.KeyAlgorithm.TDES_2KEY;
import static dev.paycrypto.keys.KeyAlgorithm.TDES_3KEY;

import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The minimum-strength rule: a key is only ever wrapped by a key at least as strong (User Guide, "Importing and
 * exporting keys", the table of which wrapping keys may protect which keys; PCI PIN Annex C equivalences).
 */
public final class KeyStrength {

    private static final Map<KeyAlgorithm, Set<KeyAlgorithm>> PROTECTORS = new EnumMap<>(KeyAlgorithm.class);

    static {
        PROTECTORS.put(TDES_2KEY, EnumSet.of(TDES_2KEY, TDES_3KEY, AES_128, AES_192, AES_256, RSA_2048, RSA_3072,
                RSA_4096, ECC_NIST_P256, ECC_NIST_P384, ECC_NIST_P521));
        PROTECTORS.put(TDES_3KEY, EnumSet.of(TDES_3KEY, AES_128, AES_192, AES_256, RSA_2048, RSA_3072, RSA_4096,
                ECC_NIST_P256, ECC_NIST_P384, ECC_NIST_P521));
        PROTECTORS.put(AES_128, EnumSet.of(AES_128, AES_192, AES_256, RSA_3072, RSA_4096, ECC_NIST_P256,
                ECC_NIST_P384, ECC_NIST_P521));
        PROTECTORS.put(AES_192, EnumSet.of(AES_192, AES_256, ECC_NIST_P384, ECC_NIST_P521));
        PROTECTORS.put(AES_256, EnumSet.of(AES_256, ECC_NIST_P521));
    }

    private KeyStrength() {
    }

    /**
     * The security strength in bits of each wrapping algorithm (NIST SP 800-57 Part 1 Rev 5, table 2; RSA-4096, short
     * of the 7680 bits that 192 asks, counts as 128), which the table above follows: a key is protected only by one
     * at least as strong.
     */
    private static final Map<KeyAlgorithm, Integer> STRENGTH = new EnumMap<>(Map.ofEntries(Map.entry(TDES_2KEY, 80),
            Map.entry(TDES_3KEY, 112), Map.entry(AES_128, 128), Map.entry(AES_192, 192), Map.entry(AES_256, 256),
            Map.entry(RSA_2048, 112), Map.entry(RSA_3072, 128), Map.entry(RSA_4096, 128),
            Map.entry(ECC_NIST_P256, 128), Map.entry(ECC_NIST_P384, 192), Map.entry(ECC_NIST_P521, 256)));

    /** Whether a {@code wrapping} key may protect a {@code wrapped} key, in transport or storage. */
    public static boolean canProtect(KeyAlgorithm wrapping, KeyAlgorithm wrapped) {
        if (wrapped.family() == KeyAlgorithm.Family.HMAC) {
            return canProtect(wrapping, wrapped, wrapped.symmetricKeyBytes());
        }
        Set<KeyAlgorithm> protectors = PROTECTORS.get(wrapped);
        return protectors != null && protectors.contains(wrapping);
    }

    /**
     * Whether a {@code wrapping} key may protect a key of {@code wrapped} that is {@code keyBytes} long. For HMAC
     * keys, whose length is their own, the strength is min(the key's bits, the hash's HMAC security strength): an
     * HMAC is no stronger than its key (NIST SP 800-107 Rev 1, §5.3.4, and X9.24-1's rule that a key is protected by
     * one of equal or greater strength) nor than its hash allows (SP 800-57 Part 1 Rev 5, table 3: HMAC with
     * SHA-224 at least 192 bits, with SHA-256, SHA-384 and SHA-512 at least 256; 256 is the most any protector
     * here offers). So a 32-byte HMAC-SHA256 key needs AES-256 or P-521, and a 16-byte one travels under AES-128.
     */
    public static boolean canProtect(KeyAlgorithm wrapping, KeyAlgorithm wrapped, int keyBytes) {
        if (wrapped.family() != KeyAlgorithm.Family.HMAC) {
            return canProtect(wrapping, wrapped);
        }
        Integer protection = STRENGTH.get(wrapping);
        return protection != null && protection >= Math.min(8 * keyBytes, hmacHashStrength(wrapped));
    }

    private static int hmacHashStrength(KeyAlgorithm hmac) {
        return hmac == KeyAlgorithm.HMAC_SHA224 ? 192 : 256;
    }

    /**
     * Whether a certificate authority whose key is {@code issuer} may certify a key of {@code subject}: of the same
     * family and at least as strong ("All certificates imported must be at least as strong as their issuing
     * certificate"; "An ECC P384 certificate can only be issued by a P384 or P521 CA").
     */
    public static boolean canCertify(KeyAlgorithm issuer, KeyAlgorithm subject) {
        return issuer.family() == subject.family() && issuer.bits() >= subject.bits();
    }

    /** The algorithm of an RSA or elliptic-curve public key. */
    public static KeyAlgorithm algorithmOf(PublicKey key) {
        if (key instanceof ECPublicKey ec) {
            return switch (ec.getParams().getCurve().getField().getFieldSize()) {
                case 256 -> ECC_NIST_P256;
                case 384 -> ECC_NIST_P384;
                case 521 -> ECC_NIST_P521;
                default -> throw new InvalidKeyAttributesException("Unsupported elliptic curve");
            };
        }
        return rsaAlgorithmOf(key);
    }

    /** The RSA_* algorithm of an RSA public key, by its modulus size. */
    public static KeyAlgorithm rsaAlgorithmOf(PublicKey key) {
        if (!(key instanceof RSAPublicKey rsa)) {
            throw new InvalidKeyAttributesException("Not an RSA public key");
        }
        return switch (rsa.getModulus().bitLength()) {
            case 2048 -> RSA_2048;
            case 3072 -> RSA_3072;
            case 4096 -> RSA_4096;
            default -> throw new InvalidKeyAttributesException("Unsupported RSA key size "
                    + rsa.getModulus().bitLength());
        };
    }
}
