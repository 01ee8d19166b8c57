package dev.paycrypto.keys;

/** Key algorithms of the service, with the facts other code needs about each. */
public enum KeyAlgorithm {
    TDES_2KEY(Family.TDES, 128, 'T'),
    TDES_3KEY(Family.TDES, 192, 'T'),
    AES_128(Family.AES, 128, 'A'),
    AES_192(Family.AES, 192, 'A'),
    AES_256(Family.AES, 256, 'A'),
    HMAC_SHA224(Family.HMAC, 224, 'H'),
    HMAC_SHA256(Family.HMAC, 256, 'H'),
    HMAC_SHA384(Family.HMAC, 384, 'H'),
    HMAC_SHA512(Family.HMAC, 512, 'H'),
    RSA_2048(Family.RSA, 2048, 'R'),
    RSA_3072(Family.RSA, 3072, 'R'),
    RSA_4096(Family.RSA, 4096, 'R'),
    ECC_NIST_P256(Family.ECC, 256, 'E'),
    ECC_NIST_P384(Family.ECC, 384, 'E'),
    ECC_NIST_P521(Family.ECC, 521, 'E');

    /** The algorithm families, which decide key class, key check value and key block encoding. */
    public enum Family {
        TDES, AES, HMAC, RSA, ECC;

        public boolean isSymmetric() {
            return this == TDES || this == AES || this == HMAC;
        }
    }

    private final Family family;
    private final int bits;
    private final char tr31Algorithm;

    KeyAlgorithm(Family family, int bits, char tr31Algorithm) {
        this.family = family;
        this.bits = bits;
        this.tr31Algorithm = tr31Algorithm;
    }

    public Family family() {
        return family;
    }

    /** Key length in bits for symmetric keys (HMAC: the digest size), modulus or curve size otherwise. */
    public int bits() {
        return bits;
    }

    /** Length in bytes of the symmetric key material. */
    public int symmetricKeyBytes() {
        if (!family.isSymmetric()) {
            throw new IllegalStateException(name() + " is not a symmetric algorithm");
        }
        return bits / 8;
    }

    /** The one-character algorithm field of a TR-31 header. */
    public char tr31Algorithm() {
        return tr31Algorithm;
    }

    public boolean isSymmetric() {
        return family.isSymmetric();
    }

    /** JCE name of the HMAC for HMAC keys, e.g. {@code HmacSHA256}. */
    public String hmacJceName() {
        if (family != Family.HMAC) {
            throw new IllegalStateException(name() + " is not an HMAC algorithm");
        }
        return "HmacSHA" + bits;
    }

    /** Curve name for ECC keys, e.g. {@code P-256}. */
    public String curveName() {
        if (family != Family.ECC) {
            throw new IllegalStateException(name() + " is not an ECC algorithm");
        }
        return "P-" + bits;
    }
}
