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

    /**
     * Whether a key of this symmetric algorithm may be {@code keyBytes} long: TDES and AES keys have one length; an
     * HMAC key (RFC 2104: any length) from 16 bytes, the 128 bits AWS Payment Cryptography requires of HMAC keys, to
     * 64, the block size of SHA-224/256, beyond which HMAC hashes the key down anyway.
     */
    public boolean acceptsKeyBytes(int keyBytes) {
        if (family == Family.HMAC) {
            return keyBytes >= MIN_HMAC_KEY_BYTES && keyBytes <= MAX_HMAC_KEY_BYTES;
        }
        return keyBytes == symmetricKeyBytes();
    }

    public static final int MIN_HMAC_KEY_BYTES = 16;
    public static final int MAX_HMAC_KEY_BYTES = 64;

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
