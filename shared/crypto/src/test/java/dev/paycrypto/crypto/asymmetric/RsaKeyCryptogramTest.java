package dev.paycrypto.crypto.asymmetric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paycrypto.crypto.IntegrityException;
import dev.paycrypto.crypto.KeyMaterialGenerator;
import dev.paycrypto.crypto.SecretBytes;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import org.bouncycastle.crypto.AsymmetricBlockCipher;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.encodings.OAEPEncoding;
import org.bouncycastle.crypto.engines.RSAEngine;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RSA-OAEP key cryptograms: JCE (the implementation) checked against Bouncy Castle's low-level OAEPEncoding (an
 * independent formulation of PKCS #1 v2.2 OAEP) in both directions, plus wrong-key and tamper cases.
 */
class RsaKeyCryptogramTest {

    private static KeyPair pair;
    private static final SecretBytes KEY = SecretBytes.fromHex("0123456789ABCDEFFEDCBA9876543210");

    @BeforeAll
    static void generate() {
        pair = new KeyMaterialGenerator(new SecureRandom()).rsa(2048);
    }

    @Test
    void unwrapsWhatAnIndependentOaepImplementationWrapped() throws Exception {
        java.security.interfaces.RSAPublicKey pub = (java.security.interfaces.RSAPublicKey) pair.getPublic();
        AsymmetricBlockCipher oaep = new OAEPEncoding(new RSAEngine(), new SHA256Digest(), new SHA256Digest(), null);
        oaep.init(true, new RSAKeyParameters(false, pub.getModulus(), pub.getPublicExponent()));
        byte[] clear = KEY.copy();
        byte[] cryptogram = oaep.processBlock(clear, 0, clear.length);
        assertThat(RsaKeyCryptogram.unwrap(pair.getPrivate(), cryptogram, RsaKeyCryptogram.OaepHash.SHA_256))
                .isEqualTo(KEY);
    }

    @Test
    void anIndependentOaepImplementationUnwrapsWhatItWraps() throws Exception {
        byte[] cryptogram = RsaKeyCryptogram.wrap(pair.getPublic(), KEY, RsaKeyCryptogram.OaepHash.SHA_256);
        RSAPrivateCrtKey priv = (RSAPrivateCrtKey) pair.getPrivate();
        AsymmetricBlockCipher oaep = new OAEPEncoding(new RSAEngine(), new SHA256Digest(), new SHA256Digest(), null);
        oaep.init(false, new RSAPrivateCrtKeyParameters(priv.getModulus(), priv.getPublicExponent(),
                priv.getPrivateExponent(), priv.getPrimeP(), priv.getPrimeQ(), priv.getPrimeExponentP(),
                priv.getPrimeExponentQ(), priv.getCrtCoefficient()));
        assertThat(oaep.processBlock(cryptogram, 0, cryptogram.length)).isEqualTo(KEY.copy());
    }

    @Test
    void refusesTamperingAWrongHashAndAWrongKey() {
        byte[] cryptogram = RsaKeyCryptogram.wrap(pair.getPublic(), KEY, RsaKeyCryptogram.OaepHash.SHA_512);
        byte[] tampered = cryptogram.clone();
        tampered[10] ^= 1;
        assertThatThrownBy(() -> RsaKeyCryptogram.unwrap(pair.getPrivate(), tampered,
                RsaKeyCryptogram.OaepHash.SHA_512)).isInstanceOf(IntegrityException.class);
        assertThatThrownBy(() -> RsaKeyCryptogram.unwrap(pair.getPrivate(), cryptogram,
                RsaKeyCryptogram.OaepHash.SHA_256)).isInstanceOf(IntegrityException.class);
        KeyPair other = new KeyMaterialGenerator(new SecureRandom()).rsa(2048);
        assertThatThrownBy(() -> RsaKeyCryptogram.unwrap(other.getPrivate(), cryptogram,
                RsaKeyCryptogram.OaepHash.SHA_512)).isInstanceOf(IntegrityException.class);
    }
}
