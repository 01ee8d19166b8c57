package dev.paycrypto.crypto.asymmetric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paycrypto.crypto.IntegrityException;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.KeyMaterialGenerator;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import org.bouncycastle.crypto.AsymmetricBlockCipher;
import org.bouncycastle.crypto.encodings.PKCS1Encoding;
import org.bouncycastle.crypto.engines.RSAEngine;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** RSA data encryption: round trips per padding, PKCS #1 v1.5 against Bouncy Castle's encoder, and refusals. */
class RsaEncryptionTest {

    private static KeyPair pair;
    private static final byte[] DATA = "4111111111111111 card data".getBytes(StandardCharsets.US_ASCII);

    @BeforeAll
    static void generate() {
        pair = new KeyMaterialGenerator(new SecureRandom()).rsa(2048);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RsaEncryption.Padding.class)
    void roundTrips(RsaEncryption.Padding padding) {
        // without padding the caller supplies a modulus-length block (here with a leading zero byte)
        byte[] data = DATA;
        if (padding == RsaEncryption.Padding.NONE) {
            byte[] block = new byte[256];
            System.arraycopy(DATA, 0, block, 256 - DATA.length, DATA.length);
            block[1] = 0x55;
            data = block;
        }
        byte[] encrypted = RsaEncryption.encrypt(pair.getPublic(), data, padding);
        assertThat(encrypted).hasSize(256);
        assertThat(RsaEncryption.decrypt(pair.getPrivate(), encrypted, padding)).isEqualTo(data);
    }

    @Test
    void decryptsPkcs1FromAnIndependentEncoder() throws Exception {
        RSAPublicKey pub = (RSAPublicKey) pair.getPublic();
        AsymmetricBlockCipher encoder = new PKCS1Encoding(new RSAEngine());
        encoder.init(true, new RSAKeyParameters(false, pub.getModulus(), pub.getPublicExponent()));
        byte[] encrypted = encoder.processBlock(DATA, 0, DATA.length);
        assertThat(RsaEncryption.decrypt(pair.getPrivate(), encrypted, RsaEncryption.Padding.PKCS1)).isEqualTo(DATA);
    }

    @Test
    void refusesTooLongDataAndTheWrongPadding() {
        assertThatThrownBy(() -> RsaEncryption.encrypt(pair.getPublic(), new byte[200], RsaEncryption.Padding.OAEP_SHA512))
                .isInstanceOf(InvalidInputException.class);
        byte[] encrypted = RsaEncryption.encrypt(pair.getPublic(), DATA, RsaEncryption.Padding.OAEP_SHA256);
        assertThatThrownBy(() -> RsaEncryption.decrypt(pair.getPrivate(), encrypted, RsaEncryption.Padding.OAEP_SHA1))
                .isInstanceOf(IntegrityException.class);
    }
}
