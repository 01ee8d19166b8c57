package dev.paycrypto.crypto.asymmetric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paycrypto.crypto.Hex;
import dev.paycrypto.crypto.InvalidInputException;
import dev.paycrypto.crypto.KeyMaterialGenerator;
import dev.paycrypto.crypto.SecretBytes;
import java.security.KeyPair;
import java.security.SecureRandom;
import org.bouncycastle.crypto.agreement.kdf.ConcatenationKDFGenerator;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.KDF2BytesGenerator;
import org.bouncycastle.crypto.params.KDFParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ECDH and its KDFs. No published vector set was copied for these; the KDF outputs below were produced by an
 * independent implementation (pyca/cryptography's ConcatKDFHash and X963KDF) for the same inputs, and SHA-256
 * outputs are also checked against Bouncy Castle's ConcatenationKDFGenerator and KDF2BytesGenerator (X9.63).
 */
class KeyAgreementTest {

    private static final SecretBytes Z = SecretBytes.fromHex("52169AF5C485DCC2321EB8D26D5EFA21FB9B93C98E38412EE2484CF14F0D0D23");
    private static final byte[] INFO = Hex.decode("A1B2C3D4E5");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "SHA_256, 32, 40CA4CD1665A03E9083C2C91141FA3A86440238D86F43ACA53CD0668C9F9D60F, F936473E2E88BF7D3F6A86C659FFB48E04B79D7FFD967950B7F8466BB9C6208C",
            "SHA_384, 24, 2AF5987E926DE3238772D457DCF25BAA85FC6403607B800A, 12F34BAEA226E3716E6E8F136682ED311CCFA02ECB7DE0C9",
            "SHA_512, 48, E453838354138C11F656DB2ECD0A8620106B6BE6A58563733817288717BBBC9FFABD5214D31C888D35834980979A2877, C51207F2949B5993E8DDBC620033FA1C4B454A746E07084B3B3357FEEED4D6F56399C19475FB89F4BC797AAC92E2F123",
    })
    void kdfsAgreeWithAnIndependentImplementation(KeyAgreement.Hash hash, int length, String concat, String x963) {
        assertThat(Hex.encode(KeyAgreement.concatenationKdf(hash, Z, INFO, length).copy())).isEqualTo(concat);
        assertThat(Hex.encode(KeyAgreement.x963Kdf(hash, Z, INFO, length).copy())).isEqualTo(x963);
    }

    @Test
    void sha256KdfsAgreeWithBouncyCastle() {
        byte[] concat = new byte[48];
        ConcatenationKDFGenerator concatenation = new ConcatenationKDFGenerator(SHA256Digest.newInstance());
        concatenation.init(new KDFParameters(Z.copy(), INFO));
        concatenation.generateBytes(concat, 0, concat.length);
        assertThat(KeyAgreement.concatenationKdf(KeyAgreement.Hash.SHA_256, Z, INFO, 48).copy()).isEqualTo(concat);
        byte[] x963 = new byte[48];
        KDF2BytesGenerator kdf2 = new KDF2BytesGenerator(SHA256Digest.newInstance());
        kdf2.init(new KDFParameters(Z.copy(), INFO));
        kdf2.generateBytes(x963, 0, x963.length);
        assertThat(KeyAgreement.x963Kdf(KeyAgreement.Hash.SHA_256, Z, INFO, 48).copy()).isEqualTo(x963);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"P-256", "P-384", "P-521"})
    void bothPartiesDeriveTheSameKey(String curve) {
        KeyMaterialGenerator generator = new KeyMaterialGenerator(new SecureRandom());
        KeyPair alice = generator.ec(curve);
        KeyPair bob = generator.ec(curve);
        SecretBytes zAlice = KeyAgreement.sharedSecret(alice.getPrivate(), bob.getPublic());
        assertThat(zAlice).isEqualTo(KeyAgreement.sharedSecret(bob.getPrivate(), alice.getPublic()));
        assertThat(zAlice).isNotEqualTo(KeyAgreement.sharedSecret(alice.getPrivate(), generator.ec(curve).getPublic()));
    }

    @Test
    void refusesKeysOnDifferentCurves() {
        KeyMaterialGenerator generator = new KeyMaterialGenerator(new SecureRandom());
        assertThatThrownBy(() -> KeyAgreement.sharedSecret(generator.ec("P-256").getPrivate(),
                generator.ec("P-384").getPublic())).isInstanceOf(InvalidInputException.class);
    }
}
