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
import software.amazon.awssdk.services.paymentcryptographydata.model.PinBlockFormatForPinData;
import software.amazon.awssdk.services.paymentcryptographydata.model.VerificationFailedException;
import software.amazon.awssdk.services.paymentcryptographydata.model.VerificationFailedReason;
import software.amazon.awssdk.services.paymentcryptographydata.model.VerifyPinDataRequest;
import software.amazon.awssdk.services.paymentcryptographydata.model.VerifyPinDataResponse;
import software.amazon.awssdk.services.paymentcryptographydata.model.WrappedKey;

/**
 * VerifyPinData with the PIN block under each key source the model allows besides a stored PEK.
 * <ul>
 * <li>DUKPT: ANSI X9.24-1:2009 Annex A.4 (vectors/dukpt_tdes.json via openemv/dukpt): BDK
 * 0123456789ABCDEFFEDCBA9876543210, KSN FFFF9876543210E00002, PIN 1234 and PAN 4012345678909 give the ISO 0 block
 * 10A01C8D02C69107. Its Visa PVV is generated through the API (the block translated to a stored PEK, then
 * GeneratePinData VisaPinVerificationValue) and verified against the terminal's block; a block of another PIN,
 * translated out to the same DUKPT key, is refused.</li>
 * <li>Wrapped PEK: the PEK of the AWS proxy data of vectors/pinblock.json and pvv.json (as in PinDataE2ETest: PIN
 * 1234, PAN 4111111111111111, ISO 0 block C30C31411AA3D043 under 0123456789ABCDEF0123456789ABCDEF, Visa PVV 3361 with
 * PVKI 1 under AABBCCDDEEFF00011122334455667788) arrives as a TR-31 block (P0, mode B) under the TR-31:2018 A.7.2.2
 * KBPK DD7515F2BFC17F85CE48F3CA25CB21F6 (vectors/tr31.json), written by the crypto layer as a terminal would.</li>
 * </ul>
 */
class VerifyPinKeySourcesE2ETest extends LocalServiceTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final String DUKPT_PAN = "4012345678909";
    private static final String KSN = "FFFF9876543210E00002";
    private static final String DUKPT_BLOCK = "10A01C8D02C69107";
    private static final String STORED_PEK = "0123456789ABCDEFFEDCBA9876543210";
    private static final String PAN = "4111111111111111";
    private static final String PROXY_PEK = "0123456789ABCDEF0123456789ABCDEF";
    private static final String PROXY_BLOCK = "C30C31411AA3D043";
    private static final String KBPK = "DD7515F2BFC17F85CE48F3CA25CB21F6";
    private static Key bdk;
    private static Key pek;
    private static Key kbpk;
    private static Key visaPvk;

    @BeforeAll
    static void importKeys() {
        KeyModesOfUse edwu = KeyModesOfUse.builder().encrypt(true).decrypt(true).wrap(true).unwrap(true).build();
        bdk = E2E.importKey(control, STORED_PEK, KeyUsage.TR31_B0_BASE_DERIVATION_KEY, KeyAlgorithm.TDES_2_KEY,
                KeyModesOfUse.builder().deriveKey(true).build(), KeyAlgorithm.RSA_2048);
        pek = E2E.importKey(control, STORED_PEK, KeyUsage.TR31_P0_PIN_ENCRYPTION_KEY, KeyAlgorithm.TDES_2_KEY, edwu,
                KeyAlgorithm.RSA_2048);
        kbpk = E2E.importKey(control, KBPK, KeyUsage.TR31_K1_KEY_BLOCK_PROTECTION_KEY, KeyAlgorithm.TDES_2_KEY, edwu,
                KeyAlgorithm.RSA_2048);
        visaPvk = E2E.importKey(control, "AABBCCDDEEFF00011122334455667788",
                KeyUsage.TR31_V2_VISA_PIN_VERIFICATION_KEY, KeyAlgorithm.TDES_2_KEY,
                KeyModesOfUse.builder().generate(true).verify(true).build(), KeyAlgorithm.RSA_2048);
    }

    @Test
    void verifiesABlockUnderADukptPinKey() throws Exception {
        String underPek = data.translatePinData(r -> r.incomingKeyIdentifier(bdk.keyArn())
                .incomingDukptAttributes(d -> d.keySerialNumber(KSN)).outgoingKeyIdentifier(pek.keyArn())
                .encryptedPinBlock(DUKPT_BLOCK)
                .incomingTranslationAttributes(a -> a.isoFormat0(f -> f.primaryAccountNumber(DUKPT_PAN)))
                .outgoingTranslationAttributes(a -> a.isoFormat0(f -> f.primaryAccountNumber(DUKPT_PAN))))
                .pinBlock();
        String pvv = data.generatePinData(r -> r.generationKeyIdentifier(visaPvk.keyArn())
                .encryptionKeyIdentifier(pek.keyArn()).primaryAccountNumber(DUKPT_PAN)
                .pinBlockFormat(PinBlockFormatForPinData.ISO_FORMAT_0).generationAttributes(a -> a
                        .visaPinVerificationValue(v -> v.encryptedPinBlock(underPek).pinVerificationKeyIndex(1))))
                .pinData().verificationValue();

        VerifyPinDataResponse verified = data.verifyPinData(dukpt(DUKPT_BLOCK, pvv));
        assertThat(verified.encryptionKeyArn()).isEqualTo(bdk.keyArn());
        assertThat(verified.encryptionKeyCheckValue()).isEqualTo(bdk.keyCheckValue());
        assertThat(verified.verificationKeyArn()).isEqualTo(visaPvk.keyArn());

        // PIN 9999 for the same PAN: ISO 0 is 049999FFFFFFFFFF XOR 0000 and the PAN's 12 digits before the check digit
        String otherPin = tdes(Cipher.ENCRYPT_MODE, STORED_PEK, xor("049999FFFFFFFFFF", "0000401234567890"));
        String otherUnderDukpt = data.translatePinData(r -> r.incomingKeyIdentifier(pek.keyArn())
                .outgoingKeyIdentifier(bdk.keyArn()).outgoingDukptAttributes(d -> d.keySerialNumber(KSN))
                .encryptedPinBlock(otherPin)
                .incomingTranslationAttributes(a -> a.isoFormat0(f -> f.primaryAccountNumber(DUKPT_PAN)))
                .outgoingTranslationAttributes(a -> a.isoFormat0(f -> f.primaryAccountNumber(DUKPT_PAN))))
                .pinBlock();
        assertThatThrownBy(() -> data.verifyPinData(dukpt(otherUnderDukpt, pvv)))
                .isInstanceOfSatisfying(VerificationFailedException.class,
                        e -> assertThat(e.reason()).isEqualTo(VerificationFailedReason.INVALID_PIN));
    }

    @Test
    void verifiesABlockUnderAWrappedPek() throws Exception {
        String block = Tr31.wrap(SecretBytes.fromHex(KBPK), new Tr31Header('B', "P0", 'T', 'B', "00", 'N', List.of()),
                SecretBytes.fromHex(PROXY_PEK), new SecureRandom());
        WrappedKey wrapped = WrappedKey.builder().wrappedKeyMaterial(m -> m.tr31KeyBlock(block)).build();

        VerifyPinDataResponse verified = data.verifyPinData(wrapped(wrapped, "3361"));
        assertThat(verified.encryptionKeyArn()).isEqualTo(kbpk.keyArn());
        // ANSI X9.24 check value of the wrapped PEK: zeros under it, the first three bytes
        assertThat(verified.encryptionKeyCheckValue())
                .isEqualTo(tdes(Cipher.ENCRYPT_MODE, PROXY_PEK, "0000000000000000").substring(0, 6));
        assertThatThrownBy(() -> data.verifyPinData(wrapped(wrapped, "3362")))
                .isInstanceOfSatisfying(VerificationFailedException.class,
                        e -> assertThat(e.reason()).isEqualTo(VerificationFailedReason.INVALID_PIN));
    }

    private static VerifyPinDataRequest dukpt(String block, String pvv) {
        return VerifyPinDataRequest.builder().verificationKeyIdentifier(visaPvk.keyArn())
                .encryptionKeyIdentifier(bdk.keyArn())
                .dukptAttributes(d -> d.keySerialNumber(KSN).dukptDerivationType("TDES_2KEY"))
                .encryptedPinBlock(block).primaryAccountNumber(DUKPT_PAN)
                .pinBlockFormat(PinBlockFormatForPinData.ISO_FORMAT_0)
                .verificationAttributes(v -> v.visaPin(p -> p.pinVerificationKeyIndex(1).verificationValue(pvv)))
                .build();
    }

    private static VerifyPinDataRequest wrapped(WrappedKey wrapped, String pvv) {
        return VerifyPinDataRequest.builder().verificationKeyIdentifier(visaPvk.keyArn())
                .encryptionKeyIdentifier(kbpk.keyArn()).encryptionWrappedKey(wrapped)
                .encryptedPinBlock(PROXY_BLOCK).primaryAccountNumber(PAN)
                .pinBlockFormat(PinBlockFormatForPinData.ISO_FORMAT_0)
                .verificationAttributes(v -> v.visaPin(p -> p.pinVerificationKeyIndex(1).verificationValue(pvv)))
                .build();
    }

    /** TDES-ECB with the JDK, independently of the service. */
    private static String tdes(int mode, String keyHex, String blockHex) throws Exception {
        Cipher cipher = Cipher.getInstance("DESede/ECB/NoPadding");
        cipher.init(mode, new SecretKeySpec(HEX.parseHex(keyHex + keyHex.substring(0, 16)), "DESede"));
        return HEX.formatHex(cipher.doFinal(HEX.parseHex(blockHex)));
    }

    private static String xor(String a, String b) {
        byte[] x = HEX.parseHex(a);
        byte[] y = HEX.parseHex(b);
        for (int i = 0; i < x.length; i++) {
            x[i] ^= y[i];
        }
        return HEX.formatHex(x);
    }
}
