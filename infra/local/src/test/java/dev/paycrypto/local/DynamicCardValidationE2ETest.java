package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.paymentcryptography.model.Key;
import software.amazon.awssdk.services.paymentcryptography.model.KeyAlgorithm;
import software.amazon.awssdk.services.paymentcryptography.model.KeyModesOfUse;
import software.amazon.awssdk.services.paymentcryptography.model.KeyUsage;
import software.amazon.awssdk.services.paymentcryptographydata.model.CardGenerationAttributes;
import software.amazon.awssdk.services.paymentcryptographydata.model.CardVerificationAttributes;
import software.amazon.awssdk.services.paymentcryptographydata.model.DynamicCardVerificationCode;
import software.amazon.awssdk.services.paymentcryptographydata.model.DynamicCardVerificationValue;
import software.amazon.awssdk.services.paymentcryptographydata.model.ValidationException;
import software.amazon.awssdk.services.paymentcryptographydata.model.VerificationFailedException;
import software.amazon.awssdk.services.paymentcryptographydata.model.VerificationFailedReason;

/**
 * The dynamic card validation members through the SDK, with the issuer master keys imported as key cryptograms:
 * Visa dCVV (jPOS JCESecurityModuleTest data) and Mastercard CVC3 (pyemv and jPOS test data), from
 * vectors/cvv.json, source per vector.
 */
class DynamicCardValidationE2ETest extends LocalServiceTest {

    private static final KeyModesOfUse DERIVE = KeyModesOfUse.builder().deriveKey(true).build();

    static Stream<Arguments> dynamicCvv() throws Exception {
        // the service derives the ICC key by option A for dCVV (its input has no derivation mode)
        return vectors(v -> "dcvv_jpos".equals(v.get("operation").asText())
                && "EMV option A".equals(v.get("master_key_derivation").asText()));
    }

    static Stream<Arguments> cvc3() throws Exception {
        // CVC3 from track data: the vectors that give it (the others start from a given IVCVC3)
        return vectors(v -> "cvc3".equals(v.get("operation").asText()) && v.has("track_data_hex"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dynamicCvv")
    void reproducesPublishedDynamicCvvs(String id, JsonNode v) {
        Key imk = E2E.importKey(control, v.get("imk_ac").asText(), KeyUsage.TR31_E6_EMV_MKEY_OTHER,
                KeyAlgorithm.TDES_2_KEY, DERIVE, KeyAlgorithm.RSA_2048);
        DynamicCardVerificationValue attributes = DynamicCardVerificationValue.builder()
                .panSequenceNumber(v.get("psn").asText()).cardExpiryDate(v.get("expiry").asText())
                .serviceCode(v.get("service_code").asText()).applicationTransactionCounter(v.get("atc").asText())
                .build();
        String pan = v.get("pan").asText();
        String expected = v.get("expected").get("dcvv").asText();

        assertThat(data.generateCardValidationData(r -> r.keyIdentifier(imk.keyArn()).primaryAccountNumber(pan)
                .generationAttributes(CardGenerationAttributes.builder().dynamicCardVerificationValue(attributes)
                        .build())).validationData()).as(v.get("source").asText()).isEqualTo(expected);
        assertThat(data.verifyCardValidationData(r -> r.keyIdentifier(imk.keyArn()).primaryAccountNumber(pan)
                .verificationAttributes(CardVerificationAttributes.builder().dynamicCardVerificationValue(attributes)
                        .build()).validationData(expected)).keyCheckValue()).isEqualTo(imk.keyCheckValue());
        String wrong = String.valueOf((Integer.parseInt(expected) + 1) % 1000);
        assertThatThrownBy(() -> data.verifyCardValidationData(r -> r.keyIdentifier(imk.keyArn())
                .primaryAccountNumber(pan).verificationAttributes(CardVerificationAttributes.builder()
                        .dynamicCardVerificationValue(attributes).build())
                .validationData("000".substring(wrong.length()) + wrong)))
                .isInstanceOfSatisfying(VerificationFailedException.class,
                        e -> assertThat(e.reason()).isEqualTo(VerificationFailedReason.INVALID_VALIDATION_DATA));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cvc3")
    void reproducesPublishedCvc3s(String id, JsonNode v) {
        Key imk = E2E.importKey(control, v.get("issuer_cvc3_key").asText(), KeyUsage.TR31_E4_EMV_MKEY_DYNAMIC_NUMBERS,
                KeyAlgorithm.TDES_2_KEY, DERIVE, KeyAlgorithm.RSA_2048);
        DynamicCardVerificationCode attributes = DynamicCardVerificationCode.builder()
                .panSequenceNumber(v.get("psn").asText()).trackData(v.get("track_data_hex").asText())
                .unpredictableNumber(v.get("unpredictable_number").asText())
                .applicationTransactionCounter(v.get("atc").asText()).build();
        String pan = v.get("pan").asText();
        JsonNode expected = v.get("expected");
        String lastThree = expected.has("cvc3") ? expected.get("cvc3").asText().substring(2)
                : expected.get("cvc3_last_3_digits").asText();

        // the service's default length is three digits, the rightmost (User Guide, "Dynamic Card Verification Code")
        assertThat(data.generateCardValidationData(r -> r.keyIdentifier(imk.keyArn()).primaryAccountNumber(pan)
                .generationAttributes(CardGenerationAttributes.builder().dynamicCardVerificationCode(attributes)
                        .build())).validationData()).as(v.get("source").asText()).isEqualTo(lastThree);
        if (expected.has("cvc3")) {
            assertThat(data.generateCardValidationData(r -> r.keyIdentifier(imk.keyArn()).primaryAccountNumber(pan)
                    .validationDataLength(5).generationAttributes(CardGenerationAttributes.builder()
                            .dynamicCardVerificationCode(attributes).build())).validationData())
                    .isEqualTo(expected.get("cvc3").asText());
        }
        assertThat(data.verifyCardValidationData(r -> r.keyIdentifier(imk.keyArn()).primaryAccountNumber(pan)
                .verificationAttributes(CardVerificationAttributes.builder().dynamicCardVerificationCode(attributes)
                        .build()).validationData(lastThree)).keyArn()).isEqualTo(imk.keyArn());
        DynamicCardVerificationCode nextTap = attributes.toBuilder().applicationTransactionCounter("FFFF").build();
        assertThatThrownBy(() -> data.verifyCardValidationData(r -> r.keyIdentifier(imk.keyArn())
                .primaryAccountNumber(pan).verificationAttributes(CardVerificationAttributes.builder()
                        .dynamicCardVerificationCode(nextTap).build()).validationData(lastThree)))
                .isInstanceOf(VerificationFailedException.class);
    }

    @Test
    void refusesKeysOfOtherUsages() {
        Key cvk = E2E.createCvk(control);
        Key dcvvKey = E2E.importKey(control, "12345678123456781234567812345678", KeyUsage.TR31_E6_EMV_MKEY_OTHER,
                KeyAlgorithm.TDES_2_KEY, DERIVE, KeyAlgorithm.RSA_2048);
        DynamicCardVerificationValue dcvv = DynamicCardVerificationValue.builder().panSequenceNumber("00")
                .cardExpiryDate("1310").serviceCode("226").applicationTransactionCounter("3210").build();
        DynamicCardVerificationCode cvc3 = DynamicCardVerificationCode.builder().panSequenceNumber("00")
                .trackData("1234567890123456D12012061000110000000F").unpredictableNumber("00002710")
                .applicationTransactionCounter("2710").build();

        assertThatThrownBy(() -> data.generateCardValidationData(r -> r.keyIdentifier(cvk.keyArn())
                .primaryAccountNumber("1234567890123456").generationAttributes(CardGenerationAttributes.builder()
                        .dynamicCardVerificationValue(dcvv).build())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("TR31_E6_EMV_MKEY_OTHER");
        assertThatThrownBy(() -> data.generateCardValidationData(r -> r.keyIdentifier(dcvvKey.keyArn())
                .primaryAccountNumber("1234567890123456").generationAttributes(CardGenerationAttributes.builder()
                        .dynamicCardVerificationCode(cvc3).build())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("TR31_E4_EMV_MKEY_DYNAMIC_NUMBERS");
        // and a master key cannot stand in for a card verification key
        assertThatThrownBy(() -> data.generateCardValidationData(r -> r.keyIdentifier(dcvvKey.keyArn())
                .primaryAccountNumber("1234567890123456").generationAttributes(g -> g.cardVerificationValue2(
                        c -> c.cardExpiryDate("1310")))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("TR31_C0_CARD_VERIFICATION_KEY");
    }

    private static Stream<Arguments> vectors(Predicate<JsonNode> selected) throws Exception {
        try (InputStream in = DynamicCardValidationE2ETest.class.getResourceAsStream("/vectors/cvv.json")) {
            List<Arguments> chosen = new ArrayList<>();
            new ObjectMapper().readTree(in).get("vectors").forEach(v -> {
                if (selected.test(v)) {
                    chosen.add(Arguments.of(v.get("id").asText(), v));
                }
            });
            return chosen.stream();
        }
    }
}
