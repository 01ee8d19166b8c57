package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyModesOfUse;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptographydata.model.GeneratePinDataResponse;
import software.amazon.awssdk.services.paymentcryptographydata.model.PinBlockFormatForPinData;
import software.amazon.awssdk.services.paymentcryptographydata.model.ValidationException;
import software.amazon.awssdk.services.paymentcryptographydata.model.VerificationFailedException;
import software.amazon.awssdk.services.paymentcryptographydata.model.VerificationFailedReason;

/**
 * GeneratePinData and VerifyPinData through the SDK with the AWS proxy data of vectors/pinblock.json, pvv.json and ibm3624.json
 * (verified there against the live service): PIN 1234, PAN account field 111111111111, ISO format 0 block
 * C30C31411AA3D043 under PEK 0123456789ABCDEF0123456789ABCDEF; Visa PVV 3361 (PVKI 1) under
 * AABBCCDDEEFF00011122334455667788; IBM 3624 offset 9237 under 112233445566778811223344556677AA with
 * decimalisation table 0123456789012345 and validation data 111111111111 padded with F; and generated PINs whose
 * returned block and verification data VerifyPinData accepts.
 */
class PinDataE2ETest extends LocalServiceTest {

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

    @Test
    void theVerificationDataOfAPublishedPinBlock() {
        assertThat(generate(visaPvk, g -> g.visaPinVerificationValue(v -> v.pinVerificationKeyIndex(1)
                .encryptedPinBlock(BLOCK))).pinData().verificationValue()).isEqualTo("3361");
        GeneratePinDataResponse offset = generate(ibmPvk, g -> g.ibm3624PinOffset(v -> v.encryptedPinBlock(BLOCK)
                .decimalizationTable("0123456789012345").pinValidationData("111111111111")
                .pinValidationDataPadCharacter("F")));
        assertThat(offset.pinData().pinOffset()).isEqualTo("9237");
        assertThat(offset.encryptedPinBlock()).isEqualTo(BLOCK);
    }

    @Test
    void generatedPinsVerify() {
        GeneratePinDataResponse visa = generate(visaPvk, g -> g.visaPin(v -> v.pinVerificationKeyIndex(1)));
        verifyVisaPvv(visa.encryptedPinBlock(), visa.pinData().verificationValue());
        GeneratePinDataResponse random = generate(ibmPvk, g -> g.ibm3624RandomPin(v -> ibm(v)));
        verifyIbm(random.encryptedPinBlock(), random.pinData().pinOffset());
        GeneratePinDataResponse natural = generate(ibmPvk, g -> g.ibm3624NaturalPin(v -> ibm(v)));
        assertThat(natural.pinData().pinOffset()).isEqualTo("0000");
        verifyIbm(natural.encryptedPinBlock(), "0000");
        GeneratePinDataResponse fromOffset = generate(ibmPvk, g -> g.ibm3624PinFromOffset(v -> v
                .decimalizationTable("0123456789012345").pinValidationData("111111111111")
                .pinValidationDataPadCharacter("F").pinOffset("9237")));
        assertThat(fromOffset.pinData().pinOffset()).isEqualTo("9237");
        // the PIN from offset 9237 is the published PIN 1234, whose format 0 block has no random part
        assertThat(fromOffset.encryptedPinBlock()).isEqualTo(BLOCK);
    }

    private static void ibm(software.amazon.awssdk.services.paymentcryptographydata.model.Ibm3624RandomPin.Builder v) {
        v.decimalizationTable("0123456789012345").pinValidationData("111111111111").pinValidationDataPadCharacter("F");
    }

    private static void ibm(software.amazon.awssdk.services.paymentcryptographydata.model.Ibm3624NaturalPin.Builder v) {
        v.decimalizationTable("0123456789012345").pinValidationData("111111111111").pinValidationDataPadCharacter("F");
    }

    private static GeneratePinDataResponse generate(Key generationKey, java.util.function.Consumer<
            software.amazon.awssdk.services.paymentcryptographydata.model.PinGenerationAttributes.Builder> attributes) {
        return data.generatePinData(r -> r.generationKeyIdentifier(generationKey.keyArn())
                .encryptionKeyIdentifier(pek.keyArn()).primaryAccountNumber(PAN)
                .pinBlockFormat(PinBlockFormatForPinData.ISO_FORMAT_0).generationAttributes(attributes));
    }

    private static void verifyVisaPvv(String block, String pvv) {
        assertThat(data.verifyPinData(r -> r.verificationKeyIdentifier(visaPvk.keyArn())
                .encryptionKeyIdentifier(pek.keyArn()).encryptedPinBlock(block).primaryAccountNumber(PAN)
                .pinBlockFormat(PinBlockFormatForPinData.ISO_FORMAT_0)
                .verificationAttributes(v -> v.visaPin(p -> p.pinVerificationKeyIndex(1).verificationValue(pvv))))
                .verificationKeyArn()).isEqualTo(visaPvk.keyArn());
    }

    private static void verifyIbm(String block, String offset) {
        assertThat(data.verifyPinData(r -> r.verificationKeyIdentifier(ibmPvk.keyArn())
                .encryptionKeyIdentifier(pek.keyArn()).encryptedPinBlock(block).primaryAccountNumber(PAN)
                .pinBlockFormat(PinBlockFormatForPinData.ISO_FORMAT_0)
                .verificationAttributes(v -> v.ibm3624Pin(p -> p.decimalizationTable("0123456789012345")
                        .pinValidationData("111111111111").pinValidationDataPadCharacter("F").pinOffset(offset))))
                .verificationKeyArn()).isEqualTo(ibmPvk.keyArn());
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
