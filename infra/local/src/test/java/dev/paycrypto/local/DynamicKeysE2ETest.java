package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paycrypto.crypto.SecretBytes;
import dev.paycrypto.crypto.keyblock.Tr31;
import dev.paycrypto.crypto.keyblock.Tr31Header;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyModesOfUse;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptographydata.model.EncryptionMode;
import software.amazon.awssdk.services.paymentcryptographydata.model.TranslatePinDataResponse;
import software.amazon.awssdk.services.paymentcryptographydata.model.ValidationException;
import software.amazon.awssdk.services.paymentcryptographydata.model.WrappedKey;

/**
 * Dynamic keys through the SDK: working keys that arrive as TR-31 blocks under a key-block protection key of the
 * account. The published TR-31:2018 A.7.2.2 block (vectors/tr31.json via openemv/tr31: a P0 TDES key, mode E,
 * under KBPK DD7515F2…) is the outgoing PEK of a PIN translation, checked by decrypting with the published clear key;
 * the NIST SP 800-38A AES-128 key, wrapped as a D0 block by a "terminal" (the crypto layer's TR-31 writer), gives
 * the F.1.1 and F.2.1 cipher texts.
 */
class DynamicKeysE2ETest extends LocalServiceTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final String PUBLISHED_KBPK = "DD7515F2BFC17F85CE48F3CA25CB21F6";
    private static final String PUBLISHED_P0_BLOCK =
            "B0080P0TE00E000094B420079CC80BA3461F86FE26EFC4A3B8E4FA4C5F5341176EED7B727B8A248E";
    private static final String PUBLISHED_P0_KEY = "3F419E1CB7079442AA37474C2EFBF8B8";
    private static final String NIST_KEY = "2B7E151628AED2A6ABF7158809CF4F3C";
    private static final String AES_KBPK = "000102030405060708090A0B0C0D0E0F";
    private static final String PEK = "0123456789ABCDEFFEDCBA9876543210";
    private static Key tdesKbpk;
    private static Key aesKbpk;
    private static Key pek;

    @BeforeAll
    static void importKeys() {
        KeyModesOfUse edwu = KeyModesOfUse.builder().encrypt(true).decrypt(true).wrap(true).unwrap(true).build();
        tdesKbpk = E2E.importKey(control, PUBLISHED_KBPK, KeyUsage.TR31_K1_KEY_BLOCK_PROTECTION_KEY,
                KeyAlgorithm.TDES_2_KEY, edwu, KeyAlgorithm.RSA_2048);
        aesKbpk = E2E.importKey(control, AES_KBPK, KeyUsage.TR31_K1_KEY_BLOCK_PROTECTION_KEY, KeyAlgorithm.AES_128,
                edwu, KeyAlgorithm.RSA_3072);
        pek = E2E.importKey(control, PEK, KeyUsage.TR31_P0_PIN_ENCRYPTION_KEY, KeyAlgorithm.TDES_2_KEY, edwu,
                KeyAlgorithm.RSA_2048);
    }

    @Test
    void translatesAPinToThePublishedWrappedPek() throws Exception {
        String pan = "4111111111111111";
        String incoming = tdes(Cipher.ENCRYPT_MODE, PEK, "041225EEEEEEEEEE");
        TranslatePinDataResponse response = data.translatePinData(r -> r.incomingKeyIdentifier(pek.keyArn())
                .outgoingKeyIdentifier(tdesKbpk.keyArn()).encryptedPinBlock(incoming)
                .outgoingWrappedKey(wrapped(PUBLISHED_P0_BLOCK))
                .incomingTranslationAttributes(a -> a.isoFormat0(f -> f.primaryAccountNumber(pan)))
                .outgoingTranslationAttributes(a -> a.isoFormat0(f -> f.primaryAccountNumber(pan))));
        // PIN 1234 for PAN 4111111111111111 in ISO format 0, now under the published key
        assertThat(tdes(Cipher.DECRYPT_MODE, PUBLISHED_P0_KEY, response.pinBlock())).isEqualTo("041225EEEEEEEEEE");
        assertThat(response.keyArn()).isEqualTo(tdesKbpk.keyArn());
        // the published check value of the wrapped key (ANSI X9.24)
        assertThat(response.keyCheckValue()).isEqualTo("57C409");
    }

    @Test
    void refusesAWrappedKeyWhoseHeaderForbidsTheUse() throws Exception {
        // the published block is mode E (encrypt only): it cannot open an incoming PIN block
        assertThatThrownBy(() -> data.translatePinData(r -> r.incomingKeyIdentifier(tdesKbpk.keyArn())
                .incomingWrappedKey(wrapped(PUBLISHED_P0_BLOCK)).outgoingKeyIdentifier(pek.keyArn())
                .encryptedPinBlock("0123456789ABCDEF")
                .incomingTranslationAttributes(a -> a.isoFormat0(f -> f.primaryAccountNumber("4111111111111111")))
                .outgoingTranslationAttributes(a -> a.isoFormat0(f -> f.primaryAccountNumber("4111111111111111")))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("IncomingWrappedKey")
                .hasMessageContaining("KeyModesOfUse");
        // nor encrypt data: it is a PIN key
        assertThatThrownBy(() -> data.encryptData(r -> r.keyIdentifier(tdesKbpk.keyArn()).plainText("0011223344556677")
                .wrappedKey(wrapped(PUBLISHED_P0_BLOCK))
                .encryptionAttributes(a -> a.symmetric(s -> s.mode(EncryptionMode.ECB)))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY");
        // a tampered block, and a block under another protection key, do not open
        String tampered = PUBLISHED_P0_BLOCK.substring(0, 40) + (PUBLISHED_P0_BLOCK.charAt(40) == '0' ? '1' : '0')
                + PUBLISHED_P0_BLOCK.substring(41);
        String pan = "4111111111111111";
        String incoming = tdes(Cipher.ENCRYPT_MODE, PEK, "041225EEEEEEEEEE");
        for (String block : List.of(tampered, PUBLISHED_P0_BLOCK)) {
            Key protection = block.equals(tampered) ? tdesKbpk : E2E.importKey(control,
                    "0123456789ABCDEF0123456789ABCDEF", KeyUsage.TR31_K1_KEY_BLOCK_PROTECTION_KEY,
                    KeyAlgorithm.TDES_2_KEY, KeyModesOfUse.builder().encrypt(true).decrypt(true).wrap(true)
                            .unwrap(true).build(), KeyAlgorithm.RSA_2048);
            assertThatThrownBy(() -> data.translatePinData(r -> r.incomingKeyIdentifier(pek.keyArn())
                    .outgoingKeyIdentifier(protection.keyArn()).encryptedPinBlock(incoming)
                    .outgoingWrappedKey(wrapped(block))
                    .incomingTranslationAttributes(a -> a.isoFormat0(f -> f.primaryAccountNumber(pan)))
                    .outgoingTranslationAttributes(a -> a.isoFormat0(f -> f.primaryAccountNumber(pan)))))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("does not open");
        }
    }

    @Test
    void encryptsDecryptsAndReEncryptsUnderAWrappedDataKey() {
        // NIST SP 800-38A F.1.1 / F.2.1 under the key a terminal sent wrapped
        String block = Tr31.wrap(SecretBytes.fromHex(AES_KBPK), new Tr31Header('D', "D0", 'A', 'B', "00", 'N',
                List.of()), SecretBytes.fromHex(NIST_KEY), new SecureRandom());
        String plain = "6BC1BEE22E409F96E93D7E117393172A";
        var encrypted = data.encryptData(r -> r.keyIdentifier(aesKbpk.keyArn()).plainText(plain)
                .wrappedKey(wrapped(block)).encryptionAttributes(a -> a.symmetric(s -> s.mode(EncryptionMode.ECB))));
        assertThat(encrypted.cipherText()).isEqualTo("3AD77BB40D7A3660A89ECAF32466EF97");
        assertThat(encrypted.keyArn()).isEqualTo(aesKbpk.keyArn());
        assertThat(data.decryptData(r -> r.keyIdentifier(aesKbpk.keyArn()).cipherText("7649ABAC8119B246CEE98E9B12E9197D")
                .wrappedKey(wrapped(block)).decryptionAttributes(a -> a.symmetric(s -> s.mode(EncryptionMode.CBC)
                        .initializationVector("000102030405060708090A0B0C0D0E0F")))).plainText()).isEqualTo(plain);
        Key stored = E2E.importKey(control, NIST_KEY, KeyUsage.TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY,
                KeyAlgorithm.AES_128, KeyModesOfUse.builder().encrypt(true).decrypt(true).wrap(true).unwrap(true)
                        .build(), KeyAlgorithm.RSA_3072);
        assertThat(data.reEncryptData(r -> r.incomingKeyIdentifier(aesKbpk.keyArn()).incomingWrappedKey(wrapped(block))
                .outgoingKeyIdentifier(stored.keyArn()).cipherText("3AD77BB40D7A3660A89ECAF32466EF97")
                .incomingEncryptionAttributes(a -> a.symmetric(s -> s.mode(EncryptionMode.ECB)))
                .outgoingEncryptionAttributes(a -> a.symmetric(s -> s.mode(EncryptionMode.CBC)
                        .initializationVector("000102030405060708090A0B0C0D0E0F")))).cipherText())
                .isEqualTo("7649ABAC8119B246CEE98E9B12E9197D");
    }

    private static WrappedKey wrapped(String block) {
        return WrappedKey.builder().wrappedKeyMaterial(m -> m.tr31KeyBlock(block)).build();
    }

    /** TDES-ECB with the JDK, independently of the service. */
    private static String tdes(int mode, String keyHex, String blockHex) throws Exception {
        Cipher cipher = Cipher.getInstance("DESede/ECB/NoPadding");
        cipher.init(mode, new SecretKeySpec(HEX.parseHex(keyHex + keyHex.substring(0, 16)), "DESede"));
        return HEX.formatHex(cipher.doFinal(HEX.parseHex(blockHex)));
    }
}
