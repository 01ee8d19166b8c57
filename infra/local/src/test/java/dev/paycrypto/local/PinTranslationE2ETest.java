package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyModesOfUse;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptographydata.model.TranslationIsoFormats;
import software.amazon.awssdk.services.paymentcryptographydata.model.ValidationException;

/**
 * TranslatePinData through the SDK. The ISO format 0 block C30C31411AA3D043 (PIN 1234, PEK
 * 0123456789ABCDEF0123456789ABCDEF; AWS proxy data in vectors/pinblock.json) travels through formats 4 (under an
 * AES PEK), 3 and 1 and back to format 0 under its own key, where it must be exactly the published block again
 * (format 0 has no random fill).
 */
class PinTranslationE2ETest extends LocalServiceTest {

    private static final String PAN = "4111111111111111";
    private static final String BLOCK = "C30C31411AA3D043";
    private static Key tdesPek;
    private static Key aesPek;

    @BeforeAll
    static void importKeys() {
        tdesPek = importPek("0123456789ABCDEF0123456789ABCDEF", KeyAlgorithm.TDES_2_KEY, KeyAlgorithm.RSA_2048);
        aesPek = importPek("00112233445566778899AABBCCDDEEFF", KeyAlgorithm.AES_128, KeyAlgorithm.RSA_3072);
    }

    @Test
    void aBlockTravelsThroughEveryFormatAndComesBackUnchanged() {
        String iso4 = translate(tdesPek, iso(0), BLOCK, aesPek, iso(4));
        assertThat(iso4).hasSize(32);
        String iso3 = translate(aesPek, iso(4), iso4, tdesPek, iso(3));
        String iso1 = translate(tdesPek, iso(3), iso3, tdesPek, iso(1));
        String iso0 = translate(tdesPek, iso(1), iso1, tdesPek, iso(0));
        assertThat(iso0).isEqualTo(BLOCK);
    }

    @Test
    void refusesPanMismatchesInvalidBlocksAndWrongKeys() {
        assertThatThrownBy(() -> data.translatePinData(r -> r.incomingKeyIdentifier(tdesPek.keyArn())
                .outgoingKeyIdentifier(tdesPek.keyArn()).encryptedPinBlock(BLOCK)
                .incomingTranslationAttributes(iso(0))
                .outgoingTranslationAttributes(t -> t.isoFormat3(f -> f.primaryAccountNumber("4111111111111129")))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("PrimaryAccountNumber");
        assertThatThrownBy(() -> translate(tdesPek, iso(0), "FFFFFFFFFFFFFFFF", tdesPek, iso(3)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Pin block provided is invalid");
        assertThatThrownBy(() -> translate(tdesPek, iso(0), BLOCK, tdesPek, iso(4)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("AES");
        Key cvk = E2E.createCvk(control);
        assertThatThrownBy(() -> translate(cvk, iso(0), BLOCK, tdesPek, iso(3)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("TR31_P0_PIN_ENCRYPTION_KEY");
    }

    private static String translate(Key from, TranslationIsoFormats inFormat, String block, Key to,
                                    TranslationIsoFormats outFormat) {
        return data.translatePinData(r -> r.incomingKeyIdentifier(from.keyArn()).outgoingKeyIdentifier(to.keyArn())
                .encryptedPinBlock(block).incomingTranslationAttributes(inFormat)
                .outgoingTranslationAttributes(outFormat)).pinBlock();
    }

    private static TranslationIsoFormats iso(int format) {
        return switch (format) {
            case 0 -> TranslationIsoFormats.builder().isoFormat0(f -> f.primaryAccountNumber(PAN)).build();
            case 1 -> TranslationIsoFormats.builder().isoFormat1(f -> { }).build();
            case 3 -> TranslationIsoFormats.builder().isoFormat3(f -> f.primaryAccountNumber(PAN)).build();
            default -> TranslationIsoFormats.builder().isoFormat4(f -> f.primaryAccountNumber(PAN)).build();
        };
    }

    private static Key importPek(String clearHex, KeyAlgorithm algorithm, KeyAlgorithm wrapping) {
        return E2E.importKey(control, clearHex, KeyUsage.TR31_P0_PIN_ENCRYPTION_KEY, algorithm,
                KeyModesOfUse.builder().encrypt(true).decrypt(true).wrap(true).unwrap(true).build(), wrapping);
    }
}
