package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
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
import software.amazon.awssdk.services.paymentcryptographydata.model.VerificationFailedException;

/**
 * DUKPT MACs and data encryption through the SDK with imported BDKs. TDES: ANSI X9.24-1:2009 Annex A.4 (vectors/dukpt_tdes.json via
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
