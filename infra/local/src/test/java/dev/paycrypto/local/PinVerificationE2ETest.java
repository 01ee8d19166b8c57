package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyModesOfUse;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptographydata.model.PinBlockFormatForPinData;
import software.amazon.awssdk.services.paymentcryptographydata.model.ValidationException;
import software.amazon.awssdk.services.paymentcryptographydata.model.VerificationFailedException;
import software.amazon.awssdk.services.paymentcryptographydata.model.VerificationFailedReason;

/**
 * VerifyPinData through the SDK with the AWS proxy data of vectors/pinblock.json, pvv.json and ibm3624.json
 * (verified there against the live service): PIN 1234, PAN account field 111111111111, ISO format 0 block
 * C30C31411AA3D043 under PEK 0123456789ABCDEF0123456789ABCDEF; Visa PVV 3361 (PVKI 1) under
 * AABBCCDDEEFF00011122334455667788; IBM 3624 offset 9237 under 112233445566778811223344556677AA with
 * decimalisation table 0123456789012345 and validation data 111111111111 padded with F.
 */
class PinVerificationE2ETest extends LocalServiceTest {

    private static final String PAN = "4111111111111111";
    private static final String BLOCK = "C30C31411AA3D043";
    private static Key pek;
    private static Key visaPvk;
    private static Key ibmPvk;

    @BeforeAll
    static void importKeys() {
        pek = importKey("0123456789ABCDEF0123456789ABCDEF", KeyUsage.TR31_P0_PIN_ENCRYPTION_KEY,
                KeyModesOfUse.builder().encrypt(true).decrypt(true).wrap(true).unwrap(true).build());
        visaPvk = importKey("AABBCCDDEEFF00011122334455667788", KeyUsage.TR31_V2_VISA_PIN_VERIFICATION_KEY,
                KeyModesOfUse.builder().generate(true).verify(true).build());
        ibmPvk = importKey("112233445566778811223344556677AA", KeyUsage.TR31_V1_IBM3624_PIN_VERIFICATION_KEY,
                KeyModesOfUse.builder().generate(true).verify(true).build());
    }

    @Test
    void verifiesTheVisaPvv() {
        var verified = data.verifyPinData(r -> r.verificationKeyIdentifier(visaPvk.keyArn())
                .encryptionKeyIdentifier(pek.keyArn()).encryptedPinBlock(BLOCK).primaryAccountNumber(PAN)
                .pinBlockFormat(PinBlockFormatForPinData.ISO_FORMAT_0)
                .verificationAttributes(v -> v.visaPin(p -> p.pinVerificationKeyIndex(1).verificationValue("3361"))));
        assertThat(verified.verificationKeyArn()).isEqualTo(visaPvk.keyArn());
        assertThat(verified.encryptionKeyCheckValue()).isEqualTo(pek.keyCheckValue());
        assertThatThrownBy(() -> data.verifyPinData(r -> r.verificationKeyIdentifier(visaPvk.keyArn())
                .encryptionKeyIdentifier(pek.keyArn()).encryptedPinBlock(BLOCK).primaryAccountNumber(PAN)
                .pinBlockFormat(PinBlockFormatForPinData.ISO_FORMAT_0)
                .verificationAttributes(v -> v.visaPin(p -> p.pinVerificationKeyIndex(1).verificationValue("3362")))))
                .isInstanceOfSatisfying(VerificationFailedException.class,
                        e -> assertThat(e.reason()).isEqualTo(VerificationFailedReason.INVALID_PIN));
    }

    @Test
    void verifiesTheIbm3624Offset() {
        assertThat(data.verifyPinData(r -> r.verificationKeyIdentifier(ibmPvk.keyArn())
                .encryptionKeyIdentifier(pek.keyArn()).encryptedPinBlock(BLOCK).primaryAccountNumber(PAN)
                .pinBlockFormat(PinBlockFormatForPinData.ISO_FORMAT_0)
                .verificationAttributes(v -> v.ibm3624Pin(p -> p.decimalizationTable("0123456789012345")
                        .pinValidationData("111111111111").pinValidationDataPadCharacter("F").pinOffset("9237"))))
                .verificationKeyArn()).isEqualTo(ibmPvk.keyArn());
        assertThatThrownBy(() -> data.verifyPinData(r -> r.verificationKeyIdentifier(ibmPvk.keyArn())
                .encryptionKeyIdentifier(pek.keyArn()).encryptedPinBlock(BLOCK).primaryAccountNumber(PAN)
                .pinBlockFormat(PinBlockFormatForPinData.ISO_FORMAT_0)
                .verificationAttributes(v -> v.ibm3624Pin(p -> p.decimalizationTable("0123456789012345")
                        .pinValidationData("111111111111").pinValidationDataPadCharacter("F").pinOffset("9238")))))
                .isInstanceOfSatisfying(VerificationFailedException.class,
                        e -> assertThat(e.reason()).isEqualTo(VerificationFailedReason.INVALID_PIN));
    }

    @Test
    void refusesAnInvalidBlockAWrongPanAndSwappedKeys() {
        // a PAN with another account field makes the format 0 block fail its F fill check
        assertThatThrownBy(() -> verifyVisa("4111111111111129", BLOCK))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Pin block provided is invalid");
        assertThatThrownBy(() -> verifyVisa(PAN, "0000000000000000"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Pin block provided is invalid");
        assertThatThrownBy(() -> data.verifyPinData(r -> r.verificationKeyIdentifier(pek.keyArn())
                .encryptionKeyIdentifier(visaPvk.keyArn()).encryptedPinBlock(BLOCK).primaryAccountNumber(PAN)
                .pinBlockFormat(PinBlockFormatForPinData.ISO_FORMAT_0)
                .verificationAttributes(v -> v.visaPin(p -> p.pinVerificationKeyIndex(1).verificationValue("3361")))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("TR31_P0_PIN_ENCRYPTION_KEY");
    }

    private static void verifyVisa(String pan, String block) {
        data.verifyPinData(r -> r.verificationKeyIdentifier(visaPvk.keyArn()).encryptionKeyIdentifier(pek.keyArn())
                .encryptedPinBlock(block).primaryAccountNumber(pan).pinBlockFormat(PinBlockFormatForPinData.ISO_FORMAT_0)
                .verificationAttributes(v -> v.visaPin(p -> p.pinVerificationKeyIndex(1).verificationValue("3361"))));
    }

    private static Key importKey(String clearHex, KeyUsage usage, KeyModesOfUse modes) {
        return E2E.importKey(control, clearHex, usage, KeyAlgorithm.TDES_2_KEY, modes, KeyAlgorithm.RSA_2048);
    }
}
