package dev.paycrypto.app.exchange;

import dev.paycrypto.api.control.WrappingKeySpec;
import dev.paycrypto.crypto.asymmetric.RsaKeyCryptogram;

/** The RSA-OAEP hash of a key cryptogram, as a request's {@code WrappingSpec} names it. */
final class WrappingSpecs {

    private WrappingSpecs() {
    }

    /** The hash {@code spec} names; SHA-256 when it is absent. */
    static RsaKeyCryptogram.OaepHash oaepHash(WrappingKeySpec spec) {
        return spec == WrappingKeySpec.RSA_OAEP_SHA_512 ? RsaKeyCryptogram.OaepHash.SHA_512
                : RsaKeyCryptogram.OaepHash.SHA_256;
    }
}
