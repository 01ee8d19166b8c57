package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyClass;
import software.amazon.awssdk.services.paymentcryptography.model.KeyModesOfUse;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptographydata.model.EncryptionMode;
import software.amazon.awssdk.services.paymentcryptographydata.model.PaddingType;
import software.amazon.awssdk.services.paymentcryptographydata.model.ValidationException;

/**
 * EncryptData / DecryptData through the SDK (the key travels in the request path): the NIST SP 800-38A AES-128
 * examples (F.1.1, F.2.1, F.3.7, F.3.13, F.4.1) with the key imported as a key cryptogram under an RSA 3072 token
 * (the minimum strength for AES-128), and RSA round trips with a service-held key pair.
 */
class DataEncryptionE2ETest extends LocalServiceTest {

    private static final String PLAIN = "6BC1BEE22E409F96E93D7E117393172AAE2D8A571E03AC9C9EB76FAC45AF8E51";
    private static final String IV = "000102030405060708090A0B0C0D0E0F";
    private static Key aes;

    @BeforeAll
    static void importNistKey() {
        aes = E2E.importKey(control, "2B7E151628AED2A6ABF7158809CF4F3C", KeyUsage.TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY,
                KeyAlgorithm.AES_128, KeyModesOfUse.builder().encrypt(true).decrypt(true).wrap(true).unwrap(true).build(),
                KeyAlgorithm.RSA_3072);
    }

    // NIST SP 800-38A Appendix F (F.1.1, F.2.1, F.3.1, F.3.7, F.3.13, F.4.1); for CFB1, F.3.1 gives the first 16 bits
    // and the rest is OpenSSL 3.0's aes-128-cfb1 (openssl enc), an independent implementation
    @ParameterizedTest(name = "AES-128 {0}")
    @CsvSource({
            "ECB, 3AD77BB40D7A3660A89ECAF32466EF97F5D3D58503B9699DE785895A96FDBAAF",
            "CBC, 7649ABAC8119B246CEE98E9B12E9197D5086CB9B507219EE95DB113A917678B2",
            "CFB1, 68B3A264F838F5F8C3101070D1AB4C2E22E7F950383A0B71ADE4FAD0095CB188",
            "CFB8, 3B79424C9C0DD436BACE9E0ED4586A4F32B9DED50AE3BA69D472E88267FB5052",
            "CFB128, 3B3FD92EB72DAD20333449F8E83CFB4AC8A64537A0B3A93FCDE3CDAD9F1CE58B",
            "OFB, 3B3FD92EB72DAD20333449F8E83CFB4A7789508D16918F03F53C52DAC54ED825",
    })
    void nistExamples(EncryptionMode mode, String expected) {
        String iv = mode == EncryptionMode.ECB ? null : IV;
        String cipherText = data.encryptData(r -> r.keyIdentifier(aes.keyArn()).plainText(PLAIN)
                .encryptionAttributes(a -> a.symmetric(s -> s.mode(mode).initializationVector(iv)))).cipherText();
        assertThat(cipherText).isEqualTo(expected);
        assertThat(data.decryptData(r -> r.keyIdentifier(aes.keyArn()).cipherText(cipherText)
                .decryptionAttributes(a -> a.symmetric(s -> s.mode(mode).initializationVector(iv)))).plainText())
                .isEqualTo(PLAIN);
    }

    @Test
    void reEncryptsWithoutTheClearDataLeaving() {
        // NIST F.2.1 CBC ciphertext → F.1.1 ECB ciphertext under the same key
        String cbc = "7649ABAC8119B246CEE98E9B12E9197D5086CB9B507219EE95DB113A917678B2";
        assertThat(data.reEncryptData(r -> r.incomingKeyIdentifier(aes.keyArn()).outgoingKeyIdentifier(aes.keyArn())
                .cipherText(cbc)
                .incomingEncryptionAttributes(a -> a.symmetric(s -> s.mode(EncryptionMode.CBC).initializationVector(IV)))
                .outgoingEncryptionAttributes(a -> a.symmetric(s -> s.mode(EncryptionMode.ECB)))).cipherText())
                .isEqualTo("3AD77BB40D7A3660A89ECAF32466EF97F5D3D58503B9699DE785895A96FDBAAF");
        Key tdes = control.createKey(r -> r.exportable(false).keyAttributes(a -> a.keyAlgorithm(KeyAlgorithm.TDES_3_KEY)
                .keyUsage(KeyUsage.TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY).keyClass(KeyClass.SYMMETRIC_KEY)
                .keyModesOfUse(m -> m.encrypt(true).decrypt(true).wrap(true).unwrap(true)))).key();
        String underTdes = data.reEncryptData(r -> r.incomingKeyIdentifier(aes.keyArn())
                .outgoingKeyIdentifier(tdes.keyArn()).cipherText(cbc)
                .incomingEncryptionAttributes(a -> a.symmetric(s -> s.mode(EncryptionMode.CBC).initializationVector(IV)))
                .outgoingEncryptionAttributes(a -> a.symmetric(s -> s.mode(EncryptionMode.CBC)
                        .initializationVector("0001020304050607")))).cipherText();
        assertThat(data.decryptData(r -> r.keyIdentifier(tdes.keyArn()).cipherText(underTdes)
                .decryptionAttributes(a -> a.symmetric(s -> s.mode(EncryptionMode.CBC)
                        .initializationVector("0001020304050607")))).plainText()).isEqualTo(PLAIN);
    }

    @Test
    void rsaRoundTripsAndRefusals() {
        Key rsa = control.createKey(r -> r.exportable(false).keyAttributes(a -> a.keyAlgorithm(KeyAlgorithm.RSA_2048)
                .keyUsage(KeyUsage.TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION).keyClass(KeyClass.ASYMMETRIC_KEY_PAIR)
                .keyModesOfUse(m -> m.encrypt(true).decrypt(true).wrap(true).unwrap(true)))).key();
        for (PaddingType padding : new PaddingType[] {PaddingType.PKCS1, PaddingType.OAEP_SHA1, PaddingType.OAEP_SHA256,
                PaddingType.OAEP_SHA512}) {
            String cipherText = data.encryptData(r -> r.keyIdentifier(rsa.keyArn()).plainText("00112233445566778899")
                    .encryptionAttributes(a -> a.asymmetric(s -> s.paddingType(padding)))).cipherText();
            assertThat(cipherText).hasSize(512);
            assertThat(data.decryptData(r -> r.keyIdentifier(rsa.keyArn()).cipherText(cipherText)
                    .decryptionAttributes(a -> a.asymmetric(s -> s.paddingType(padding)))).plainText())
                    .isEqualTo("00112233445566778899");
        }
        assertThatThrownBy(() -> data.decryptData(r -> r.keyIdentifier(rsa.keyArn()).cipherText("00".repeat(256))
                .decryptionAttributes(a -> a.asymmetric(s -> s.paddingType(PaddingType.OAEP_SHA256)))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> data.encryptData(r -> r.keyIdentifier(aes.keyArn()).plainText("0011")
                .encryptionAttributes(a -> a.symmetric(s -> s.mode(EncryptionMode.CBC).initializationVector(IV)))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("block");
        assertThatThrownBy(() -> data.encryptData(r -> r.keyIdentifier(aes.keyArn()).plainText(PLAIN)
                .encryptionAttributes(a -> a.symmetric(s -> s.mode(EncryptionMode.CBC)))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("InitializationVector");
        Key cvk = E2E.createCvk(control);
        assertThatThrownBy(() -> data.encryptData(r -> r.keyIdentifier(cvk.keyArn()).plainText(PLAIN)
                .encryptionAttributes(a -> a.symmetric(s -> s.mode(EncryptionMode.ECB)))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY");
    }
}
