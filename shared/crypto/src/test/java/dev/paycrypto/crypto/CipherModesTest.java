package dev.paycrypto.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paycrypto.crypto.CipherModes.Algorithm;
import dev.paycrypto.crypto.CipherModes.Mode;
import java.util.Arrays;
import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.DefaultBufferedBlockCipher;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.modes.CFBBlockCipher;
import org.bouncycastle.crypto.modes.OFBBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Modes of operation: AES known answers from NIST SP 800-38A Appendix F (F.1.1, F.2.1, F.3.7, F.3.13, F.4.1;
 * first two blocks); TDES CFB8/CFB64/OFB against Bouncy Castle's mode implementations (an independent
 * formulation); round trips; and the paddings, including malformed ones.
 */
class CipherModesTest {

    private static final SecretBytes KEY = SecretBytes.fromHex("2B7E151628AED2A6ABF7158809CF4F3C");
    private static final byte[] IV = Hex.decode("000102030405060708090A0B0C0D0E0F");
    private static final byte[] PLAIN = Hex.decode("6BC1BEE22E409F96E93D7E117393172AAE2D8A571E03AC9C9EB76FAC45AF8E51");

    @ParameterizedTest(name = "AES-128 {0}")
    @CsvSource({
            "ECB, 3AD77BB40D7A3660A89ECAF32466EF97F5D3D58503B9699DE785895A96FDBAAF",
            "CBC, 7649ABAC8119B246CEE98E9B12E9197D5086CB9B507219EE95DB113A917678B2",
            "CFB8, 3B79424C9C0DD436BACE9E0ED4586A4F32B9DED50AE3BA69D472E88267FB5052",
            "CFB128, 3B3FD92EB72DAD20333449F8E83CFB4AC8A64537A0B3A93FCDE3CDAD9F1CE58B",
            "OFB, 3B3FD92EB72DAD20333449F8E83CFB4A7789508D16918F03F53C52DAC54ED825",
    })
    void nistSp80038aAes128(Mode mode, String expected) {
        byte[] iv = mode == Mode.ECB ? null : IV;
        byte[] cipherText = CipherModes.encrypt(Algorithm.AES, mode, KEY, iv, PLAIN);
        assertThat(Hex.encode(cipherText)).isEqualTo(expected);
        assertThat(CipherModes.decrypt(Algorithm.AES, mode, KEY, iv, cipherText)).isEqualTo(PLAIN);
    }

    @Test
    void cfb1MatchesNistAndAnIndependentImplementation() {
        // NIST SP 800-38A F.3.1 / F.3.2, CFB1-AES128: the 16 plaintext bits 0110101111000001 encipher to
        // 0110100010110011
        byte[] nistCipherText = CipherModes.encrypt(Algorithm.AES, Mode.CFB1, KEY, IV, Hex.decode("6BC1"));
        assertThat(Hex.encode(nistCipherText)).isEqualTo("68B3");
        assertThat(CipherModes.decrypt(Algorithm.AES, Mode.CFB1, KEY, IV, nistCipherText)).isEqualTo(Hex.decode("6BC1"));
        // longer data and TDES against OpenSSL 3.0's aes-128-cfb1 and des-ede3-cfb1 (K3 = K1), computed with the
        // openssl enc command, an implementation independent of this one
        assertThat(Hex.encode(CipherModes.encrypt(Algorithm.AES, Mode.CFB1, KEY, IV, Arrays.copyOf(PLAIN, 16))))
                .isEqualTo("68B3A264F838F5F8C3101070D1AB4C2E");
        byte[] data = Hex.decode("4E6F77206973207468652074696D6520666F7220616C6C20");
        SecretBytes tdesKey = SecretBytes.fromHex("0123456789ABCDEFFEDCBA9876543210");
        byte[] tdes = CipherModes.encrypt(Algorithm.TDES, Mode.CFB1, tdesKey, Hex.decode("1122334455667788"), data);
        assertThat(Hex.encode(tdes)).isEqualTo("265DDA88D80C6A91C98424A2E98D6DE732AC29F8F11FA871");
        assertThat(CipherModes.decrypt(Algorithm.TDES, Mode.CFB1, tdesKey, Hex.decode("1122334455667788"), tdes))
                .isEqualTo(data);
    }

    @ParameterizedTest(name = "TDES {0}")
    @EnumSource(value = Mode.class, names = {"CFB8", "CFB64", "OFB"})
    void tdesStreamModesAgreeWithBouncyCastle(Mode mode) {
        byte[] key = Hex.decode("0123456789ABCDEFFEDCBA9876543210");
        byte[] iv = Hex.decode("1122334455667788");
        byte[] data = Hex.decode("4E6F77206973207468652074696D6520666F7220616C6C20");
        BufferedBlockCipher reference = new DefaultBufferedBlockCipher(mode == Mode.OFB
                ? new OFBBlockCipher(new DESedeEngine(), 64)
                : CFBBlockCipher.newInstance(new DESedeEngine(), mode == Mode.CFB8 ? 8 : 64));
        reference.init(true, new ParametersWithIV(new KeyParameter(key), iv));
        byte[] expected = new byte[data.length];
        int n = reference.processBytes(data, 0, data.length, expected, 0);
        try {
            reference.doFinal(expected, n);
        } catch (org.bouncycastle.crypto.InvalidCipherTextException e) {
            throw new AssertionError(e);
        }
        byte[] actual = CipherModes.encrypt(Algorithm.TDES, mode, SecretBytes.of(key), iv, data);
        assertThat(actual).isEqualTo(expected);
        assertThat(CipherModes.decrypt(Algorithm.TDES, mode, SecretBytes.of(key), iv, actual)).isEqualTo(data);
    }

    @Test
    void refusesMisalignedDataWrongIvsAndCfb128OnTdes() {
        assertThatThrownBy(() -> CipherModes.encrypt(Algorithm.AES, Mode.CBC, KEY, IV, new byte[15]))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CipherModes.encrypt(Algorithm.AES, Mode.CBC, KEY, new byte[8], new byte[16]))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CipherModes.encrypt(Algorithm.TDES, Mode.CFB128,
                SecretBytes.fromHex("0123456789ABCDEFFEDCBA9876543210"), new byte[8], new byte[8]))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void paddingsRoundTripAndRefuseMalformedPadding() {
        byte[] data = Hex.decode("0102030405");
        assertThat(Hex.encode(Paddings.padPkcs7(data, 8))).isEqualTo("0102030405030303");
        assertThat(Paddings.unpadPkcs7(Paddings.padPkcs7(new byte[8], 8), 8)).hasSize(8);
        assertThat(Paddings.unpadPkcs7(Hex.decode("0102030405030303"), 8)).isEqualTo(data);
        assertThatThrownBy(() -> Paddings.unpadPkcs7(Hex.decode("0102030405030203"), 8))
                .isInstanceOf(IntegrityException.class);
        assertThatThrownBy(() -> Paddings.unpadPkcs7(Hex.decode("0102030405060709"), 8))
                .isInstanceOf(IntegrityException.class);
        assertThat(Hex.encode(Paddings.padIso7816(data, 8))).isEqualTo("0102030405800000");
        assertThat(Paddings.unpadIso7816(Hex.decode("0102030405800000"))).isEqualTo(data);
        assertThatThrownBy(() -> Paddings.unpadIso7816(Hex.decode("0102030405000000")))
                .isInstanceOf(IntegrityException.class);
    }
}
