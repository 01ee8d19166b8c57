package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyModesOfUse;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptographydata.model.DukptKeyVariant;
import software.amazon.awssdk.services.paymentcryptographydata.model.TranslationIsoFormats;
import software.amazon.awssdk.services.paymentcryptographydata.model.ValidationException;
import software.amazon.awssdk.services.paymentcryptographydata.model.VerificationFailedException;

/**
 * DUKPT MACs, data encryption and PIN translation through the SDK with imported BDKs. TDES: ANSI X9.24-1:2009 Annex A.4 (vectors/dukpt_tdes.json via
 * openemv/dukpt) — the X9.19 request and response MACs and the TDES-CBC request data of KSN FFFF9876543210E00002. AES: the X9.24-3-2017
 * supplement's AES-128 CMAC working key of KSN 123456789012345600000002 (vectors/dukpt_aes.json), with the CMAC
 * over the message computed independently by Bouncy Castle.
 */
class DukptE2ETest extends LocalServiceTest {

    private static final String MESSAGE = "3430313233343536373839303944393837";
    private static Key tdesBdk;
    private static Key aesBdk;

    @BeforeAll
    static void importBdks() {
        KeyModesOfUse derive = KeyModesOfUse.builder().deriveKey(true).build();
        tdesBdk = E2E.importKey(control, "0123456789ABCDEFFEDCBA9876543210", KeyUsage.TR31_B0_BASE_DERIVATION_KEY,
                KeyAlgorithm.TDES_2_KEY, derive, KeyAlgorithm.RSA_2048);
        aesBdk = E2E.importKey(control, "FEDCBA9876543210F1F1F1F1F1F1F1F1", KeyUsage.TR31_B0_BASE_DERIVATION_KEY,
                KeyAlgorithm.AES_128, derive, KeyAlgorithm.RSA_3072);
    }

    @Test
    void translatesPinBlocksFromAndToTdesDukpt() throws Exception {
        // X9.24-1:2009 A.4 (vectors/dukpt_tdes.json via openemv/dukpt): PIN 1234, PAN 4012345678909, KSN
        // FFFF9876543210E00002 gives the ISO 0 block 10A01C8D02C69107, whose clear form is 041274EDCBA9876F
        Key pek = pek();
        TranslationIsoFormats iso0 = iso0("4012345678909");
        String underPek = fromDukpt(tdesBdk, "FFFF9876543210E00002", "10A01C8D02C69107", iso0, pek, iso0);
        assertThat(tdes(Cipher.DECRYPT_MODE, underPek)).isEqualTo("041274EDCBA9876F");
        // and back: ISO 0 is deterministic, so the terminal's published block comes out again
        assertThat(toDukpt(pek, underPek, iso0, tdesBdk, "FFFF9876543210E00002", iso0)).isEqualTo("10A01C8D02C69107");
        // another transaction's key does not open it
        assertThatThrownBy(() -> fromDukpt(tdesBdk, "FFFF9876543210E00004", "10A01C8D02C69107", iso0, pek, iso0))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void translatesIsoFormat4BlocksFromAesDukpt() throws Exception {
        // X9.24-3-2017 supplement via openemv/dukpt (vectors/dukpt_aes.json): PIN 1234, PAN 4111111111111111, KSN
        // 123456789012345600000002, ISO 4 block 52A00503BD34BA1383F6A7EE9FE2547F under the AES-128 PIN key
        Key pek = pek();
        String pan = "4111111111111111";
        TranslationIsoFormats iso0 = iso0(pan);
        TranslationIsoFormats iso4 = TranslationIsoFormats.builder().isoFormat4(f -> f.primaryAccountNumber(pan)).build();
        String underPek = fromDukpt(aesBdk, "123456789012345600000002", "52A00503BD34BA1383F6A7EE9FE2547F", iso4, pek,
                iso0);
        // ISO 0 of PIN 1234: 041234FFFFFFFFFF XOR 0000 and the PAN's 12 digits before the check digit
        assertThat(tdes(Cipher.DECRYPT_MODE, underPek)).isEqualTo(xor("041234FFFFFFFFFF", "0000111111111111"));
        // to AES DUKPT the fill is random: translating back out of it is the check
        String underDukpt = toDukpt(pek, underPek, iso0, aesBdk, "123456789012345600000004", iso4);
        assertThat(underDukpt).hasSize(32);
        assertThat(fromDukpt(aesBdk, "123456789012345600000004", underDukpt, iso4, pek, iso0)).isEqualTo(underPek);
        // an AES PIN key takes ISO format 4 only
        assertThatThrownBy(() -> fromDukpt(aesBdk, "123456789012345600000002", underPek, iso0, pek, iso0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("ISO_FORMAT_4");
    }

    private static TranslationIsoFormats iso0(String pan) {
        return TranslationIsoFormats.builder().isoFormat0(f -> f.primaryAccountNumber(pan)).build();
    }

    /** A terminal's block under the PIN key of a KSN, translated to the PEK. */
    private static String fromDukpt(Key bdk, String ksn, String block, TranslationIsoFormats incoming, Key pek,
                                    TranslationIsoFormats outgoing) {
        return data.translatePinData(r -> r.incomingKeyIdentifier(bdk.keyArn()).outgoingKeyIdentifier(pek.keyArn())
                .encryptedPinBlock(block).incomingDukptAttributes(d -> d.keySerialNumber(ksn))
                .incomingTranslationAttributes(incoming).outgoingTranslationAttributes(outgoing)).pinBlock();
    }

    /** A block under the PEK, translated to the PIN key of a KSN. */
    private static String toDukpt(Key pek, String block, TranslationIsoFormats incoming, Key bdk, String ksn,
                                  TranslationIsoFormats outgoing) {
        return data.translatePinData(r -> r.incomingKeyIdentifier(pek.keyArn()).outgoingKeyIdentifier(bdk.keyArn())
                .encryptedPinBlock(block).outgoingDukptAttributes(d -> d.keySerialNumber(ksn))
                .incomingTranslationAttributes(incoming).outgoingTranslationAttributes(outgoing)).pinBlock();
    }

    private static final String PEK = "0123456789ABCDEFFEDCBA9876543210";

    private static Key pek() {
        return E2E.importKey(control, PEK, KeyUsage.TR31_P0_PIN_ENCRYPTION_KEY, KeyAlgorithm.TDES_2_KEY,
                KeyModesOfUse.builder().encrypt(true).decrypt(true).wrap(true).unwrap(true).build(),
                KeyAlgorithm.RSA_2048);
    }

    /** TDES-ECB under the test PEK with the JDK, independently of the service. */
    private static String tdes(int mode, String blockHex) throws Exception {
        HexFormat hex = HexFormat.of().withUpperCase();
        Cipher cipher = Cipher.getInstance("DESede/ECB/NoPadding");
        cipher.init(mode, new SecretKeySpec(hex.parseHex(PEK + PEK.substring(0, 16)), "DESede"));
        return hex.formatHex(cipher.doFinal(hex.parseHex(blockHex)));
    }

    private static String xor(String a, String b) {
        HexFormat hex = HexFormat.of().withUpperCase();
        byte[] x = hex.parseHex(a);
        byte[] y = hex.parseHex(b);
        for (int i = 0; i < x.length; i++) {
            x[i] ^= y[i];
        }
        return hex.formatHex(x);
    }

    @Test
    void tdesX919RequestAndResponseMacs() {
        assertThat(tdesMac(DukptKeyVariant.REQUEST)).isEqualTo("F608A9BC");
        assertThat(tdesMac(DukptKeyVariant.RESPONSE)).isEqualTo("D1FCA6BE");
        assertThat(data.verifyMac(r -> r.keyIdentifier(tdesBdk.keyArn()).messageData(MESSAGE).mac("F608A9BC")
                .verificationAttributes(a -> a.dukptIso9797Algorithm3(d -> d.keySerialNumber("FFFF9876543210E00002")
                        .dukptKeyVariant(DukptKeyVariant.REQUEST)))).keyArn()).isEqualTo(tdesBdk.keyArn());
        assertThatThrownBy(() -> data.verifyMac(r -> r.keyIdentifier(tdesBdk.keyArn()).messageData(MESSAGE)
                .mac("F608A9BC").verificationAttributes(a -> a.dukptIso9797Algorithm3(d -> d
                        .keySerialNumber("FFFF9876543210E00004").dukptKeyVariant(DukptKeyVariant.REQUEST)))))
                .isInstanceOf(VerificationFailedException.class);
    }

    @Test
    void aesCmacUnderThePublishedWorkingKey() {
        String mac = data.generateMac(r -> r.keyIdentifier(aesBdk.keyArn()).messageData(MESSAGE)
                .generationAttributes(a -> a.dukptCmac(d -> d.keySerialNumber("123456789012345600000002")
                        .dukptKeyVariant(DukptKeyVariant.REQUEST).dukptDerivationType("AES_128")))).mac();
        assertThat(mac).isEqualTo(independentCmac("484C3B06E8562704528CD5B46FB12FB6", MESSAGE));
    }

    @Test
    void tdesDataEncryptionWithTheRequestKey() {
        String plain = "343031323334353637383930394439383700000000000000";
        String cipherText = data.encryptData(r -> r.keyIdentifier(tdesBdk.keyArn()).plainText(plain)
                .encryptionAttributes(a -> a.dukpt(d -> d.keySerialNumber("FFFF9876543210E00002")
                        .dukptKeyVariant(DukptKeyVariant.REQUEST).mode("CBC")))).cipherText();
        assertThat(cipherText).isEqualTo("A2B4E70F846E63D68775B7215EB4563DFD3037244C61CC13");
        assertThat(data.decryptData(r -> r.keyIdentifier(tdesBdk.keyArn()).cipherText(cipherText)
                .decryptionAttributes(a -> a.dukpt(d -> d.keySerialNumber("FFFF9876543210E00002")
                        .dukptKeyVariant(DukptKeyVariant.REQUEST)))).plainText()).isEqualTo(plain);
    }

    private static String tdesMac(DukptKeyVariant variant) {
        return data.generateMac(r -> r.keyIdentifier(tdesBdk.keyArn()).messageData(MESSAGE).macLength(4)
                .generationAttributes(a -> a.dukptIso9797Algorithm3(d -> d.keySerialNumber("FFFF9876543210E00002")
                        .dukptKeyVariant(variant)))).mac();
    }

    private static String independentCmac(String keyHex, String messageHex) {
        CMac cmac = new CMac(AESEngine.newInstance());
        cmac.init(new KeyParameter(HexFormat.of().parseHex(keyHex)));
        byte[] message = HexFormat.of().parseHex(messageHex);
        cmac.update(message, 0, message.length);
        byte[] out = new byte[16];
        cmac.doFinal(out, 0);
        return HexFormat.of().withUpperCase().formatHex(out);
    }
}
