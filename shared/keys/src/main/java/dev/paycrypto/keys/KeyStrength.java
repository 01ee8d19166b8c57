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

    /** Whether a {@code wrapping} key may protect a {@code wrapped} key, in transport or storage. */
    public static boolean canProtect(KeyAlgorithm wrapping, KeyAlgorithm wrapped) {
        Set<KeyAlgorithm> protectors = PROTECTORS.get(wrapped);
        return protectors != null && protectors.contains(wrapping);
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
